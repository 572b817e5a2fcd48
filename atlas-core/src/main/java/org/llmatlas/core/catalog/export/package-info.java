/**
 * Writes a catalog in the formats other tools read: JSON (scripts, the website), CSV (spreadsheets), BibTeX (papers),
 * Markdown (documentation), and YAML in the catalog's own directory layout, so that a catalog can be exported,
 * edited elsewhere and written back unchanged.
 */
package org.llmatlas.core.catalog.export;
