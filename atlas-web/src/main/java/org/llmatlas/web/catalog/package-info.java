/**
 * The public part of the site: the matrix with its filters, cell and method pages, search, releases with their
 * changelogs, exports and permalinks. Everything here is read-only and rendered on the server, so it works without
 * JavaScript; htmx only makes filtering feel quicker.
 */
package org.llmatlas.web.catalog;
