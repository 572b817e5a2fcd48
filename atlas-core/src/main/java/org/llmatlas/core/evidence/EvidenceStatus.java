package org.llmatlas.core.evidence;

/** Whether an evidence file can be trusted, and if not, why not. Only {@link #VALID} evidence counts. */
public enum EvidenceStatus {
    /** Intact (digest and, when a key is configured, signature match) and fresh. */
    VALID,
    /** The content does not match its digest or signature: someone edited the file after it was written. */
    TAMPERED,
    /** Intact, but an input changed since the measurement or the evidence is older than allowed. */
    STALE,
    /** Not an evidence file at all: unreadable, not JSON, wrong schema or missing fields. */
    MALFORMED
}
