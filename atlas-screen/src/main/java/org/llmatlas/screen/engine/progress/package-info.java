/** Showing a long screening run's progress on the terminal: done/total, rate, ETA, tokens and cost. */
package org.llmatlas.screen.engine.progress;
