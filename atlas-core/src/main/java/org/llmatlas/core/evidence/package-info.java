/**
 * Evidence: the signed, tamper-evident measurement files that instruments write and the alignment contract reads.
 * An evidence file records which instrument ran (and its version), on what inputs (their SHA-256), when, and what it
 * measured; a digest over its canonical JSON (and an HMAC when {@code ATLAS_EVIDENCE_KEY} is set) makes edits
 * visible. The format is documented in {@code docs/evidence-format.md}.
 */
package org.llmatlas.core.evidence;
