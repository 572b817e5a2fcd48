package org.llmatlas.core.contract;

/** The state of one cell (phase × agency problem × remedy) of the problem-solution space for one contract. */
public enum CellState {
    /** At least one clause of the cell is satisfied: the asymmetry is remedied with evidence. */
    COVERED,
    /** Clauses exist and have valid evidence, but none meets its threshold. */
    FAILING,
    /** The cell applies but no clause holds: residual information asymmetry. */
    OPEN,
    /** The phase is not part of the adoption, the problem does not arise there, or the remedy does not fit it. */
    NOT_APPLICABLE
}
