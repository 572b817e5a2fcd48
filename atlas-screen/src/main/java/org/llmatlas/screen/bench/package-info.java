/**
 * {@code atlas screen bench}: the screening engine's speed and memory goals, measured against a loopback
 * OpenAI-compatible endpoint with a fixed latency that runs in a JVM of its own ({@link
 * org.llmatlas.screen.bench.EndpointProcess}), so that its CPU is not counted as the client's.
 */
package org.llmatlas.screen.bench;
