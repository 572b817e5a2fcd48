/**
 * The problem-solution space as a table: adoption phases and their agency problems as rows, remedies as columns,
 * the methods that the catalog maps into each cell inside it. {@link org.llmatlas.core.catalog.matrix.Matrix} is
 * the model; the renderers draw it for a terminal, Markdown, HTML and SVG.
 */
package org.llmatlas.core.catalog.matrix;
