/** Tests of the site's frame: layout, static assets, schema. */
package org.llmatlas.web.site;
