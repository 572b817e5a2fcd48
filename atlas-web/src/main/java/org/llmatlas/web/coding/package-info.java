/**
 * Proposals and blind double coding: a contributor proposes a change against the current release, two coders code
 * it independently (the server never shows one coder's work to the other before both have submitted), the site
 * computes agreement, an editor reconciles the differences and publishes the result, which the next release
 * carries. An LLM may code as an extra coder; its coding is reported like anyone's and never accepted on its own.
 */
package org.llmatlas.web.coding;
