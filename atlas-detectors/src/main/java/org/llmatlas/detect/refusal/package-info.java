/** The refusal detector: does a model response refuse, partly refuse, or comply? */
package org.llmatlas.detect.refusal;
