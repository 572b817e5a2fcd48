package org.llmatlas.web.adoption;

import java.time.Instant;

/**
 * One uploaded evidence file, with the integrity verdict at upload time ({@code VALID}, {@code TAMPERED},
 * {@code MALFORMED}). The latest upload for a clause's evidence path is the one the dashboard evaluates.
 */
public record EvidenceUpload(
        long id,
        String clauseId,
        String path,
        String fileName,
        String sha256,
        String status,
        String detail,
        Instant uploadedAt,
        String uploadedBy) {}
