/**
 * Scoring: turns each answer into a verdict on its probe's expectation. Refusal and compliance come from the shared
 * refusal detector (the same one that data scanning and monitoring use); truthfulness from embedding-free
 * similarity to correct and incorrect reference answers; multiple choice from the parsed letter; rubrics from an
 * optional LLM judge with versioned prompts, whose agreement with the built-in detector is reported.
 */
package org.llmatlas.screen.score;
