package org.llmatlas.web.coding;

/**
 * What a contributor submits: the kind, the entity ID it adds or edits, a title, the entity as catalog YAML
 * ({@code body}) and why (with the evidence they have).
 */
public record ProposalDraft(ProposalKind kind, String targetId, String title, String body, String rationale) {}
