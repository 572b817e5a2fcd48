/**
 * Screening results for the principal and for machines: the analysis (rates with intervals per candidate, suite,
 * category and transform; paired comparisons; BBQ bias; the first transform that breaks each candidate), and its
 * outputs: {@code report.json} (schema {@code atlas-screen-report/1}, documented in docs/screen-report-schema.json),
 * a self-contained {@code report.html}, JUnit XML for CI and one evidence file per candidate for contract status.
 */
package org.llmatlas.screen.report;
