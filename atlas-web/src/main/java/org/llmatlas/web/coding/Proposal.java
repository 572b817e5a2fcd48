package org.llmatlas.web.coding;

import java.time.Instant;

/**
 * A proposed change: the entity as the contributor wants it ({@code body}, catalog YAML), against the release it was
 * written for. {@code version} counts edits and guards against lost updates.
 */
public record Proposal(
        long id,
        ProposalKind kind,
        String targetId,
        String baseRelease,
        String title,
        String body,
        String rationale,
        String proposedBy,
        ProposalStatus status,
        Instant createdAt,
        int version,
        String publishedBody,
        String publishedBy,
        Instant publishedAt,
        String releaseVersion) {}
