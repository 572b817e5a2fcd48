package org.llmatlas.core.contract;

import java.util.List;
import java.util.Optional;
import org.llmatlas.core.validation.Problem;

/**
 * The outcome of checking a contract against the catalog: errors make it unusable (status refuses to judge it),
 * warnings point at likely mistakes that do not stop the contract from being evaluated.
 *
 * @param contract the parsed contract; absent when the file could not be read or failed the schema
 */
public record ContractCheck(Optional<Contract> contract, List<Problem> errors, List<Problem> warnings) {

    public ContractCheck {
        errors = errors.stream().sorted().toList();
        warnings = warnings.stream().sorted().toList();
        if (contract.isEmpty() && errors.isEmpty()) {
            throw new IllegalArgumentException("a contract that could not be read needs at least one error");
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
