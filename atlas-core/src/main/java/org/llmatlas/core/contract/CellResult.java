package org.llmatlas.core.contract;

import java.util.List;

/**
 * One cell of the residual-asymmetry matrix.
 *
 * @param clauses IDs of the contract's clauses that address the cell
 * @param satisfied how many of them are satisfied
 * @param catalogMethods how many active catalog methods the catalog maps to the cell (0: no known remedy yet)
 * @param reason why the cell has its state, for a human
 */
public record CellResult(
        String phase,
        String problem,
        String remedy,
        CellState state,
        List<String> clauses,
        int satisfied,
        int catalogMethods,
        String reason) {

    public CellResult {
        clauses = List.copyOf(clauses);
    }
}
