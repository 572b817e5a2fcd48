/**
 * Signaling: what a model's provider claims. Parses model cards (Hugging Face READMEs with YAML front matter and
 * {@code model-index} results, or Markdown cards after Mitchell et al. 2019 with benchmark tables in Markdown or
 * HTML) and extracts the claimed benchmark results, so that a report can set claims against this run's measurements.
 */
package org.llmatlas.screen.card;
