/** {@code atlas serve}: starts the LLM ATLAS website jar with the given flags. */
package org.llmatlas.cli.serve;
