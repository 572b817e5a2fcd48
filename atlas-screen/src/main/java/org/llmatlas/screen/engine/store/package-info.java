/**
 * What makes a screening run cheap to repeat and safe to kill: a content-addressed response cache shared by all
 * runs, and a per-run append-only journal from which a killed run resumes.
 */
package org.llmatlas.screen.engine.store;
