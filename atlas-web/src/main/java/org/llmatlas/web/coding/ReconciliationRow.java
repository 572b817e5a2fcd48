package org.llmatlas.web.coding;

import java.util.List;
import java.util.Objects;

/**
 * One field of the reconciliation view: each coder's value side by side, whether they all agree, and the value the
 * form proposes (the common value when they agree, else the first human coder's, for the editor to confirm).
 */
public record ReconciliationRow(String field, List<String> values, boolean agree, String proposed) {

    static List<ReconciliationRow> of(List<Coding> codings) {
        return java.util.stream.Stream.concat(Coding.FIELDS.stream(), java.util.stream.Stream.of("quote"))
                .map(field -> {
                    List<String> values = codings.stream()
                            .map(c -> c.value(field))
                            .map(v -> v == null ? "" : v)
                            .toList();
                    boolean agree = values.stream().distinct().count() <= 1;
                    String proposed = codings.stream()
                            .filter(c -> !c.llm())
                            .map(c -> c.value(field))
                            .filter(Objects::nonNull)
                            .findFirst()
                            .orElse("");
                    return new ReconciliationRow(field, values, agree, proposed);
                })
                .toList();
    }
}
