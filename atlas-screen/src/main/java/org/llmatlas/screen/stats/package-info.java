/**
 * The statistics that turn screening counts into a decision: Wilson intervals for rates, cluster-robust
 * intervals when several generations per prompt are sampled, and paired comparisons of candidates on the same
 * items (exact McNemar, seeded paired bootstrap, Holm correction). Plain Java, no statistics library, so every
 * formula is visible and tested against published worked examples.
 */
package org.llmatlas.screen.stats;
