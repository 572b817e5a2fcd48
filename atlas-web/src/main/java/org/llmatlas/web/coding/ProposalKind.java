package org.llmatlas.web.coding;

/** What a proposal adds or changes. An edit changes an entity that the current release already has. */
public enum ProposalKind {
    MAPPING,
    METHOD,
    SOURCE,
    EDIT
}
