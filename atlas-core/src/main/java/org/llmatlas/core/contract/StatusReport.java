package org.llmatlas.core.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The residual information asymmetry of one contract at one moment: every cell of the problem-solution space and
 * every clause with its judgement. Renderers (text, JSON, HTML) work from this record only.
 */
public record StatusReport(
        Contract contract,
        String catalogVersion,
        Instant evaluatedAt,
        List<CellResult> cells,
        List<ClauseResult> clauses) {

    /** Exit code when every clause is satisfied. */
    public static final int EXIT_SATISFIED = 0;
    /** Exit code when some clause is not satisfied (or there are none). */
    public static final int EXIT_OPEN = 1;

    public StatusReport {
        cells = List.copyOf(cells);
        clauses = List.copyOf(clauses);
    }

    /** True when there is at least one clause and every clause is satisfied. */
    public boolean allSatisfied() {
        return !clauses.isEmpty() && clauses.stream().allMatch(ClauseResult::isSatisfied);
    }

    /** {@value #EXIT_SATISFIED} when {@link #allSatisfied()}, else {@value #EXIT_OPEN}; CI pipelines gate on it. */
    public int exitCode() {
        return allSatisfied() ? EXIT_SATISFIED : EXIT_OPEN;
    }

    /** How many clauses are in each state, in enum order, including zero counts. */
    public Map<ClauseState, Long> clauseCounts() {
        Map<ClauseState, Long> counts = new TreeMap<>();
        for (ClauseState state : ClauseState.values()) {
            counts.put(state, clauses.stream().filter(c -> c.state() == state).count());
        }
        return counts;
    }

    /** How many cells are in each state, in enum order, including zero counts. */
    public Map<CellState, Long> cellCounts() {
        Map<CellState, Long> counts = new TreeMap<>();
        for (CellState state : CellState.values()) {
            counts.put(state, cells.stream().filter(c -> c.state() == state).count());
        }
        return counts;
    }
}
