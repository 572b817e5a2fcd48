package org.llmatlas.core.catalog;

/**
 * A link from a method to an entry of another framework (MITRE ATLAS, NIST AI RMF, OWASP Top 10 for LLM
 * Applications 2025, EU AI Act). Every row names the catalog source it is taken from.
 *
 * @param framework one of {@code MITRE-ATLAS}, {@code NIST-AI-RMF}, {@code OWASP-LLM-2025}, {@code EU-AI-ACT}
 * @param ref the entry's own identifier there, e.g. {@code AML.M0015}, {@code MEASURE 2.7}, {@code LLM01:2025}
 */
public record Crosswalk(String framework, String ref, String label, String source) {}
