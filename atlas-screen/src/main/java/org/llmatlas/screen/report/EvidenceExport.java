package org.llmatlas.screen.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmatlas.core.evidence.Evidence;
import org.llmatlas.core.evidence.EvidenceFiles;
import org.llmatlas.core.evidence.EvidenceInput;
import org.llmatlas.screen.engine.Candidate;

/**
 * One evidence file per candidate, which {@code atlas contract status} reads to judge clauses. Measurements are
 * the overall metrics by key, each rate and mean with {@code .ci95_lower}, {@code .ci95_upper} and {@code .n}, so that a
 * clause can demand a lower confidence bound rather than a lucky point estimate. Inputs are the suite files and the
 * report by SHA-256.
 */
public final class EvidenceExport {

    public static final String INSTRUMENT = "screen";

    private EvidenceExport() {}

    /** The measurements recorded for a candidate. */
    public static Map<String, Double> measurements(ScreenReport r, String candidate) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Metric m : r.overall(candidate).values()) {
            out.put(m.key(), m.value());
            if (m.hasInterval()) {
                out.put(m.key() + ".ci95_lower", m.lower());
                out.put(m.key() + ".ci95_upper", m.upper());
                out.put(m.key() + ".n", (double) m.trials());
            }
        }
        return out;
    }

    /** One evidence file per candidate, {@code evidence-<candidate>.json} in {@code outDir}. */
    public static List<Path> write(ScreenReport r, Path reportJson, Path outDir) {
        List<Path> files = new ArrayList<>();
        for (Candidate c : r.run().candidates()) {
            Path file = outDir.resolve("evidence-" + c.name() + ".json");
            EvidenceFiles.write(file, evidence(r, reportJson, c));
            files.add(file);
        }
        return files;
    }

    /** What the run measured for {@code c}: every overall metric, the suites and the report as inputs. */
    public static Evidence evidence(ScreenReport r, Path reportJson, Candidate c) {
        List<EvidenceInput> inputs = new ArrayList<>();
        r.run().suites().forEach(s -> inputs.add(new EvidenceInput("suite:" + s.id(), s.sha256())));
        inputs.add(EvidenceInput.of("report.json", reportJson));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("candidate", c.name());
        attributes.put("model", c.model());
        attributes.put("base_url", c.baseUrl());
        attributes.put("sampling", String.valueOf(c.sampling()));
        attributes.put("seed", String.valueOf(r.run().seed()));
        attributes.put(
                "suites",
                String.join(
                        ",",
                        r.run().suites().stream()
                                .map(ScreenReport.SuiteInfo::id)
                                .toList()));
        attributes.put("transforms", String.join(",", r.run().transforms()));
        attributes.put("report_schema", r.schema());
        if (r.run().judge() != null) {
            attributes.put("judge", r.run().judge());
        }
        return new Evidence(
                INSTRUMENT, r.atlasVersion(), r.createdAt(), c.name(), inputs, measurements(r, c.name()), attributes);
    }
}
