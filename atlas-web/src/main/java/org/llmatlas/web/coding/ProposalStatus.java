package org.llmatlas.web.coding;

/**
 * Where a proposal stands: waiting for coders, being coded, waiting for reconciliation (all human codings in),
 * published (reconciled, waiting for the next release), released, or rejected by an editor.
 */
public enum ProposalStatus {
    OPEN,
    CODING,
    RECONCILING,
    PUBLISHED,
    RELEASED,
    REJECTED
}
