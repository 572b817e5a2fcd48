/**
 * The screening engine: sends every probe of a screening run to every candidate model and collects the answers.
 *
 * <p>It owns the parts that decide whether a screening of thousands of prompts is cheap, polite and repeatable:
 * per-endpoint concurrency, request and token rate limits, retries that honour {@code Retry-After}, an on-disk
 * response cache, and a journal that lets a killed run resume without repeating or losing an item. Scoring and
 * reporting are not here: they consume the {@link org.llmatlas.screen.engine.Answer}s this package produces.
 */
package org.llmatlas.screen.engine;
