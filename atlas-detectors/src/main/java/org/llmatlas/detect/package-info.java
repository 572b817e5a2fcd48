/**
 * Detectors shared by every LLM ATLAS instrument: the {@link org.llmatlas.detect.Detector} contract, its input
 * {@link org.llmatlas.detect.Sample} and output {@link org.llmatlas.detect.Verdict}, and the registry
 * {@link org.llmatlas.detect.Detectors}. One implementation per concern lives in a sub-package.
 */
package org.llmatlas.detect;
