package org.llmatlas.core.contract;

import java.util.List;
import java.util.Objects;

/**
 * What {@code atlas init} learns about the adoption project, interactively or from flags, before it proposes clauses.
 *
 * @param phases the adoption phases the organisation goes through
 * @param objectives the alignment objectives it commits to; empty means all
 */
public record Intake(
        String name,
        String useCase,
        String users,
        String scope,
        List<String> outOfScope,
        RiskTier riskTier,
        List<String> objectives,
        List<String> phases) {

    public Intake {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(riskTier, "riskTier");
        useCase = useCase == null || useCase.isBlank() ? "Describe what the LLM is used for." : useCase;
        users = users == null ? "" : users;
        scope = scope == null ? "" : scope;
        outOfScope = outOfScope == null ? List.of() : List.copyOf(outOfScope);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        phases = List.copyOf(phases);
    }
}
