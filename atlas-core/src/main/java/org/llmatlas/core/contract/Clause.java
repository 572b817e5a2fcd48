package org.llmatlas.core.contract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One promise of the contract: in {@code phase}, the agency {@code problem} is addressed by {@code remedy} through
 * {@code method}; {@code instrument} measures it and the clause holds when the evidence meets {@code threshold}.
 *
 * @param parameters instrument settings (suite, candidate, sample size, ...), passed through as written
 * @param owner who answers for the clause (a team or person); may be empty
 */
public record Clause(
        String id,
        String title,
        String phase,
        String problem,
        String remedy,
        String method,
        List<String> objectives,
        String instrument,
        Map<String, Object> parameters,
        Threshold threshold,
        EvidenceSpec evidence,
        String owner) {

    public Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(remedy, "remedy");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(evidence, "evidence");
        title = title == null ? "" : title;
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        parameters = parameters == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        owner = owner == null ? "" : owner;
    }

    /** Whether this clause addresses the given cell of the problem-solution space. */
    public boolean addresses(String phaseId, String problemId, String remedyId) {
        return phase.equals(phaseId) && problem.equals(problemId) && remedy.equals(remedyId);
    }
}
