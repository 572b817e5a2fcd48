package org.llmatlas.web.coding;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One coder's reading of a proposal: where it sits in the matrix (phase, agency problem, remedy), which alignment
 * objectives it serves, and the evidence (a quote and its page). Also the shape of the editor's reconciled result.
 */
public record Coding(
        String coder,
        String phase,
        String problem,
        String remedy,
        Set<String> objectives,
        String quote,
        String page,
        boolean llm,
        Instant submittedAt) {

    /** The coded fields, in the order the agreement tables show them. */
    public static final List<String> FIELDS = List.of("phase", "problem", "remedy", "objectives", "page");

    public Coding {
        objectives = Collections.unmodifiableSortedSet(new TreeSet<>(objectives));
    }

    /** The nominal value of a field for agreement: objectives as their sorted, comma-joined set. */
    public String value(String field) {
        return switch (field) {
            case "phase" -> phase;
            case "problem" -> problem;
            case "remedy" -> remedy;
            case "objectives" -> String.join(",", objectives);
            case "page" -> page;
            case "quote" -> quote;
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }

    static Set<String> parseObjectives(String joined) {
        if (joined == null || joined.isBlank()) {
            return new TreeSet<>();
        }
        return Arrays.stream(joined.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> objectivesOf(List<String> chosen) {
        return chosen == null ? new TreeSet<>() : new TreeSet<>(Set.copyOf(chosen));
    }
}
