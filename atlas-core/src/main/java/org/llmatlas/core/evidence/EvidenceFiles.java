package org.llmatlas.core.evidence;

import java.nio.file.Path;

/**
 * The one entry point instruments use to write evidence and contracts use to read it. Signing follows the
 * environment: with {@code ATLAS_EVIDENCE_KEY} set, files are signed on write and must carry a matching signature on
 * read; without it, a SHA-256 digest over the canonical content still exposes edits.
 *
 * <p>Example: {@code EvidenceFiles.write(Path.of("evidence/screen-xstest.json"), evidence)}
 */
public final class EvidenceFiles {

    private EvidenceFiles() {}

    /** Writes {@code evidence} as JSON to {@code file} (atomically, creating folders). */
    public static void write(Path file, Evidence evidence) {
        EvidenceCodec.fromEnvironment().write(file, evidence);
    }

    /**
     * Reads and checks integrity: {@link EvidenceStatus#VALID}, {@link EvidenceStatus#TAMPERED} or
     * {@link EvidenceStatus#MALFORMED}. Staleness depends on the contract's inputs and age limit; see
     * {@link VerifiedEvidence#checkFreshness}.
     */
    public static VerifiedEvidence read(Path file) {
        return EvidenceCodec.fromEnvironment().read(file);
    }
}
