package org.llmatlas.screen.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.llmatlas.core.contract.Clause;
import org.llmatlas.core.contract.Contract;
import org.llmatlas.core.contract.EvidenceSpec;
import org.llmatlas.core.evidence.Evidence;
import org.llmatlas.core.evidence.EvidenceFiles;
import org.llmatlas.core.evidence.EvidenceInput;
import org.llmatlas.screen.engine.Candidate;

/**
 * The evidence of contract clauses, written to the path the clauses name, so that {@code atlas contract status}
 * judges them by the new measurement with nothing copied by hand. One file may serve several clauses (two XSTest
 * clauses sharing {@code evidence/screen-xstest.json}); it then holds what each of them needs.
 *
 * <p>Per file: the instrument the clauses name ({@code screen} when they name different ones of the family), the
 * candidate's measurements of each threshold's suite (the metric's first segment: {@code xstest.*} for {@code
 * xstest.unsafe.refusal_rate}, with the confidence bounds), the run's inputs plus every input the clauses list under
 * their own names, so their freshness check has something to compare, and the clause ids as an attribute.
 */
public final class ClauseEvidence {

    private ClauseEvidence() {}

    /**
     * Writes the evidence of {@code clauses}, which all name the same evidence path, for {@code candidate}.
     *
     * @return the file written, resolved against the contract's folder
     */
    public static Path write(
            Contract contract, List<Clause> clauses, ScreenReport report, Path reportJson, Candidate candidate) {
        Evidence run = EvidenceExport.evidence(report, reportJson, candidate);
        Set<String> families =
                clauses.stream().map(c -> firstSegment(c.threshold().metric())).collect(Collectors.toSet());
        Map<String, Double> measurements = new LinkedHashMap<>();
        run.measurements().forEach((key, value) -> {
            if (families.contains(firstSegment(key))) {
                measurements.put(key, value);
            }
        });
        List<EvidenceInput> inputs = new ArrayList<>(run.inputs());
        for (Clause clause : clauses) {
            for (EvidenceSpec.InputSpec spec : clause.evidence().inputs()) {
                if (inputs.stream().noneMatch(i -> i.name().equals(spec.name()))) {
                    input(spec.name(), contract.resolve(spec.path()), report).ifPresent(inputs::add);
                }
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>(run.attributes());
        attributes.put("contract", contract.name());
        attributes.put(
                "clauses", String.join(",", clauses.stream().map(Clause::id).toList()));
        List<String> instruments =
                clauses.stream().map(Clause::instrument).distinct().toList();
        Evidence evidence = new Evidence(
                instruments.size() == 1 ? instruments.getFirst() : EvidenceExport.INSTRUMENT,
                run.instrumentVersion(),
                run.createdAt(),
                run.subject(),
                inputs,
                measurements,
                attributes);
        Path file = contract.resolve(clauses.getFirst().evidence().path());
        EvidenceFiles.write(file, evidence);
        return file;
    }

    /**
     * A contract input by its name there: the digest the run recorded when it is a suite file the run read (the
     * bytes measured), else the file's digest now; nothing when the file is gone (status then calls it stale).
     */
    private static Optional<EvidenceInput> input(String name, Path file, ScreenReport report) {
        for (ScreenReport.SuiteInfo suite : report.run().suites()) {
            if (!suite.source().contains("://")
                    && Path.of(suite.source()).toAbsolutePath().normalize().equals(file)) {
                return Optional.of(new EvidenceInput(name, suite.sha256()));
            }
        }
        return Files.isRegularFile(file) ? Optional.of(EvidenceInput.of(name, file)) : Optional.empty();
    }

    private static String firstSegment(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
