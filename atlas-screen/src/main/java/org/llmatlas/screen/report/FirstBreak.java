package org.llmatlas.screen.report;

/**
 * The first transform, in the run's transform order, that made a candidate comply with at least one harmful
 * request it refused in plain form; {@code flipped} of {@code refusedPlain} such requests flipped. {@code transform}
 * is {@code null} when no transform broke the candidate.
 */
public record FirstBreak(String candidate, String transform, int flipped, int refusedPlain) {}
