/**
 * Politeness towards endpoints: token buckets for requests and tokens per minute, exponential backoff with full
 * jitter, and a per-endpoint gate that pauses every request to an endpoint while it asks us to wait.
 */
package org.llmatlas.screen.engine.limit;
