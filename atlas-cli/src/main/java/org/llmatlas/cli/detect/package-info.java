/** {@code atlas detect}: runs a shared detector over JSONL records, streaming, one verdict line per record. */
package org.llmatlas.cli.detect;
