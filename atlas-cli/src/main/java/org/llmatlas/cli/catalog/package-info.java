/**
 * {@code atlas catalog}: browse, search, draw, export, validate and diff the problem-solution space. The commands
 * are thin: loading, checking and rendering live in {@code org.llmatlas.core.catalog}, so the website and other
 * tools get the same behaviour.
 */
package org.llmatlas.cli.catalog;
