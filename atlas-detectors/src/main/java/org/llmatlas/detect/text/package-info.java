/**
 * Text helpers that detectors and the adversarial transforms of screening share, so that what an attack encodes
 * and what a detector decodes are one implementation.
 */
package org.llmatlas.detect.text;
