package org.llmatlas.core.contract;

import java.util.List;
import java.util.Objects;

/**
 * The paper's first adoption phase, business problem definition: what the LLM is for, for whom, what it must and
 * must not do, the risk tier and the alignment objectives the organisation commits to. Every later alignment decision
 * refers back to it, so the contract states it first.
 */
public record BusinessProblem(
        String useCase,
        String users,
        String scope,
        List<String> outOfScope,
        RiskTier riskTier,
        List<String> objectives) {

    public BusinessProblem {
        Objects.requireNonNull(useCase, "useCase");
        Objects.requireNonNull(riskTier, "riskTier");
        users = users == null ? "" : users;
        scope = scope == null ? "" : scope;
        outOfScope = outOfScope == null ? List.of() : List.copyOf(outOfScope);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }
}
