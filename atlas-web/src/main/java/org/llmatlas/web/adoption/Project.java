package org.llmatlas.web.adoption;

import java.time.Instant;

/** An adoption project: its contract as uploaded, and who created it. */
public record Project(
        long id, long organisationId, String name, String contractYaml, Instant createdAt, String createdBy) {}
