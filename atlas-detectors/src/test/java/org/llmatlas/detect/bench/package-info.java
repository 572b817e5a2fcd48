/** Throughput benchmark for the detectors (test scope; run with the {@code bench} Maven profile). */
package org.llmatlas.detect.bench;
