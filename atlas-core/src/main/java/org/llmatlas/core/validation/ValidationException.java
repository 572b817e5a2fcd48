package org.llmatlas.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was rejected. Carries every problem found, sorted by file and position; the message lists them one per line
 * as {@code file:line:column: message (hint)}.
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        this(null, problems);
    }

    protected ValidationException(String headline, List<Problem> problems) {
        super(describe(headline, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String headline, List<Problem> problems) {
        String list = problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n"));
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return (headline == null ? count : headline + " (" + count + ")") + ":\n" + list;
    }
}
