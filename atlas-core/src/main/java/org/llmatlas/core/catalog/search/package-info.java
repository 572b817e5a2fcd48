/**
 * Full-text search over the catalog (names, summaries, definitions, rationales, source titles and authors), ranked
 * by tf-idf. The catalog holds a few hundred short entries, so a plain in-memory index beats pulling in Lucene.
 */
package org.llmatlas.core.catalog.search;
