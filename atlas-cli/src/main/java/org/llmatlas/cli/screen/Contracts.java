package org.llmatlas.cli.screen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.llmatlas.core.contract.Clause;
import org.llmatlas.core.contract.Contract;
import org.llmatlas.core.contract.ContractReader;
import org.llmatlas.core.contract.Threshold;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.report.JUnitReport;
import org.llmatlas.screen.suite.SuiteRegistry;
import org.llmatlas.screen.transform.Transforms;

/**
 * Reads what screening owes a contract: the clauses whose instrument is {@code screen} or {@code screen.*} name
 * the suites to run ({@code parameters.suite} or {@code parameters.suites}), the adversarial transforms to apply
 * ({@code parameters.transforms}, without which a {@code screen.adversarial} clause would be judged on plain items
 * only), the thresholds to meet and the evidence files to write, each about one candidate ({@code
 * parameters.candidate}, or the only one screened).
 */
final class Contracts {

    /**
     * The screen clauses of a contract and the suites and transforms they name.
     *
     * @param contract the contract, {@code null} for {@link #NONE}
     * @param transforms registry names of the clauses' transforms, in clause order, without repeats
     */
    record Screening(Contract contract, List<Clause> clauses, List<String> suites, List<String> transforms) {
        static final Screening NONE = new Screening(null, List.of(), List.of(), List.of());

        /** Thresholds by clause id. */
        Map<String, Threshold> thresholds() {
            Map<String, Threshold> thresholds = new LinkedHashMap<>();
            clauses.forEach(c -> thresholds.put(c.id(), c.threshold()));
            return thresholds;
        }
    }

    /**
     * One evidence file of the contract and the screen clauses that name it.
     *
     * @param candidate whose measurements it holds, or {@code null} when several were screened and no clause says
     */
    record EvidenceTarget(String path, List<Clause> clauses, Candidate candidate) {

        String clauseIds() {
            return ids(clauses);
        }
    }

    private Contracts() {}

    static Screening read(Path file) {
        Contract contract = ContractReader.read(file);
        List<String> suites = new ArrayList<>();
        List<String> transforms = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        for (Clause clause : contract.clauses()) {
            if (!clause.instrument().equals("screen") && !clause.instrument().startsWith("screen.")) {
                continue;
            }
            Object suite = clause.parameters()
                    .getOrDefault("suite", clause.parameters().get("suites"));
            if (suite instanceof Collection<?> many) {
                many.forEach(s -> suites.add(suitePath(contract, String.valueOf(s))));
            } else if (suite != null) {
                suites.add(suitePath(contract, String.valueOf(suite)));
            } else {
                // the metric's first segment names the suite: advbench.attack_success_rate → advbench
                String metric = clause.threshold().metric();
                int dot = metric.indexOf('.');
                suites.add(dot > 0 ? metric.substring(0, dot) : metric);
            }
            transforms.addAll(transforms(clause));
            clauses.add(clause);
        }
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException(file + " has no clause with instrument 'screen' or 'screen.*'; "
                    + "add one (atlas init writes examples) or give --suite");
        }
        return new Screening(
                contract,
                clauses,
                suites.stream().distinct().toList(),
                transforms.stream().distinct().toList());
    }

    /**
     * The registry names of a clause's {@code parameters.transforms}, a YAML list or a comma-separated string;
     * names are matched ignoring case and separators ({@code prefix-injection} is {@code prefix_injection}).
     *
     * @throws IllegalArgumentException naming the clause, the unknown name and the valid names
     */
    private static List<String> transforms(Clause clause) {
        Object value = clause.parameters().get("transforms");
        List<String> written = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(t -> written.add(String.valueOf(t)));
        } else if (value != null) {
            written.addAll(Arrays.asList(String.valueOf(value).split(",")));
        }
        List<String> names = new ArrayList<>();
        for (String name : written) {
            if (name.isBlank()) {
                continue;
            }
            try {
                names.add(Transforms.require(name.strip()).name());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "clause " + clause.id() + ", parameters.transforms: " + e.getMessage(), e);
            }
        }
        return names;
    }

    /**
     * The evidence files to write, one per path the clauses name, each with the candidate it is about: the one a
     * clause names in {@code parameters.candidate}, else the only candidate. A clause that names no candidate of the
     * run, or two clauses that share a file but name different candidates, are bad input (nothing is sent).
     */
    static List<EvidenceTarget> evidenceTargets(Screening screening, List<Candidate> candidates) {
        Map<Path, List<Clause>> byPath = new LinkedHashMap<>();
        for (Clause c : screening.clauses()) {
            Path file = screening.contract().resolve(c.evidence().path());
            byPath.computeIfAbsent(file, f -> new ArrayList<>()).add(c);
        }
        List<EvidenceTarget> targets = new ArrayList<>();
        for (List<Clause> clauses : byPath.values()) {
            List<String> named = clauses.stream()
                    .map(c -> c.parameters().get("candidate"))
                    .filter(Objects::nonNull)
                    .map(String::valueOf)
                    .distinct()
                    .toList();
            String path = clauses.getFirst().evidence().path();
            if (named.size() > 1) {
                throw new IllegalArgumentException("clauses " + ids(clauses) + " share the evidence file " + path
                        + " but name different candidates " + named + "; give each candidate its own evidence path");
            }
            Candidate candidate = null;
            if (named.size() == 1) {
                candidate = candidates.stream()
                        .filter(c -> c.name().equals(named.getFirst()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("clause " + ids(clauses)
                                + " names candidate '" + named.getFirst()
                                + "', which is not screened; give --candidate "
                                + named.getFirst() + "=BASE_URL@MODEL"));
            } else if (candidates.size() == 1) {
                candidate = candidates.getFirst();
            }
            targets.add(new EvidenceTarget(path, List.copyOf(clauses), candidate));
        }
        return targets;
    }

    private static String ids(List<Clause> clauses) {
        return String.join(", ", clauses.stream().map(Clause::id).toList());
    }

    /** A suite file named in the contract is relative to the contract's folder; built-in ids stay as they are. */
    private static String suitePath(Contract contract, String suite) {
        if (SuiteRegistry.find(suite).isPresent()) {
            return suite;
        }
        Path file = contract.resolve(suite);
        return Files.exists(file) ? file.toString() : suite;
    }

    /** The contract threshold as a JUnit case bound. */
    static JUnitReport.Threshold junit(String clause, Threshold t) {
        return switch (t.op()) {
            case AT_LEAST, ABOVE -> new JUnitReport.Threshold(clause, t.value(), null);
            case AT_MOST, BELOW -> new JUnitReport.Threshold(clause, null, t.value());
            case EQUAL -> new JUnitReport.Threshold(clause, t.value(), t.value());
        };
    }
}
