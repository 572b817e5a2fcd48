/**
 * {@code atlas screen}: screens candidate LLMs with benchmark and adversarial suites. Options, run files and
 * contract clauses all become one {@link org.llmatlas.cli.screen.RunConfig}; the engine runs it and the evaluation
 * side scores and reports it.
 */
package org.llmatlas.cli.screen;
