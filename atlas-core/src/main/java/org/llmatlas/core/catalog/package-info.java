/**
 * The LLM ATLAS problem-solution space: adoption phases, agency problems, remedies, alignment objectives,
 * alignment methods, the mappings that place methods into phase × problem × remedy cells, and the sources
 * behind them. Catalog content is data (YAML under a JSON Schema); these types are its in-memory form.
 */
package org.llmatlas.core.catalog;
