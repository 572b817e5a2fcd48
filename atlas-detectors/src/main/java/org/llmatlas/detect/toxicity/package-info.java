/** The toxicity detector: a reviewed lexicon, de-obfuscation and context rules; see its limits in the Javadoc. */
package org.llmatlas.detect.toxicity;
