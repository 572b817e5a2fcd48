/**
 * The alignment contract: an organisation's {@code atlas.yaml} that states its business problem, the adoption phases
 * it goes through and the clauses (phase × agency problem × remedy × method, with an instrument, a threshold and the
 * evidence that satisfies it). {@link org.llmatlas.core.contract.ContractValidator} checks a contract against the
 * catalog; {@link org.llmatlas.core.contract.ContractStatus} reports the residual information asymmetry, i.e. which
 * cells of the problem-solution space are still not covered by satisfied clauses with valid evidence.
 */
package org.llmatlas.core.contract;
