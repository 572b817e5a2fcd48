/**
 * Screening suites: the probes sent to candidates and what a good answer is. Built-in public benchmarks
 * (TruthfulQA, XSTest, HarmBench, AdvBench, BBQ) are downloaded once, pinned by SHA-256 and cached; custom
 * suites come from YAML, CSV or JSONL files that a contract names.
 */
package org.llmatlas.screen.suite;
