package org.llmatlas.cli.screen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmatlas.core.contract.Clause;
import org.llmatlas.core.contract.Contract;
import org.llmatlas.core.contract.ContractReader;
import org.llmatlas.core.contract.Threshold;
import org.llmatlas.screen.report.JUnitReport;
import org.llmatlas.screen.suite.SuiteRegistry;

/**
 * Reads what screening owes a contract: the clauses whose instrument is {@code screen} or {@code screen.*} name
 * the suites to run ({@code parameters.suite} or {@code parameters.suites}) and the thresholds to meet.
 */
final class Contracts {

    /** Suites and thresholds (by clause id) taken from a contract. */
    record Screening(List<String> suites, Map<String, Threshold> thresholds) {
        static final Screening NONE = new Screening(List.of(), Map.of());
    }

    private Contracts() {}

    static Screening read(Path file) {
        Contract contract = ContractReader.read(file);
        List<String> suites = new ArrayList<>();
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
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
            thresholds.put(clause.id(), clause.threshold());
        }
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException(file + " has no clause with instrument 'screen' or 'screen.*'; "
                    + "add one (atlas init writes examples) or give --suite");
        }
        return new Screening(suites.stream().distinct().toList(), thresholds);
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
