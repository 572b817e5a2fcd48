/**
 * Inter-coder agreement statistics for the blind double coding of the website: Cohen's kappa for a pair of coders,
 * Krippendorff's alpha for any number of coders with missing values, raw percent agreement, and set distances
 * (MASI, Jaccard) so that multi-valued fields such as a mapping's objectives can be compared with alpha.
 *
 * <p>Plain Java without dependencies, so that the CLI, the website and the tests compute exactly the same figures.
 * The tests pin them against published worked examples and against DKPro Statistics.
 */
package org.llmatlas.core.agreement;
