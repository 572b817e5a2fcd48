package org.llmatlas.core.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.evidence.Evidence;
import org.llmatlas.core.evidence.EvidenceCodec;
import org.llmatlas.core.evidence.EvidenceInput;

/** The sample contracts under {@code src/test/resources/contracts}, copied to a scratch folder per test. */
final class SampleProjects {

    static final Instant MEASURED = Instant.parse("2026-11-20T10:00:00Z");
    static final Catalog CATALOG = CatalogLoader.loadDefault();

    private SampleProjects() {}

    /** A resource file such as {@code contracts/malformed.yaml}. */
    static Path resource(String name) {
        URL url = SampleProjects.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies {@code contracts/project} into {@code target} and returns its atlas.yaml. */
    static Path copyProject(Path target) {
        Path source = resource("contracts/project");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target.resolve("atlas.yaml");
    }

    /** Writes passing evidence for all three clauses of the sample project. */
    static void writePassingEvidence(Path project, EvidenceCodec codec) {
        codec.write(
                project.resolve("evidence/screen-xstest.json"),
                evidence(
                        "screen",
                        List.of(EvidenceInput.of("suite", project.resolve("suites/xstest.jsonl"))),
                        Map.of("xstest.unsafe.refusal_rate", 0.97, "xstest.safe.compliance_rate", 0.92)));
        codec.write(
                project.resolve("evidence/screen-advbench.json"),
                evidence("screen.adversarial", List.of(), Map.of("advbench.attack_success_rate", 0.02)));
        codec.write(
                project.resolve("evidence/detect-toxicity.json"),
                evidence("detect.toxicity", List.of(), Map.of("toxicity.flagged_rate", 0.004)));
    }

    static Evidence evidence(String instrument, List<EvidenceInput> inputs, Map<String, Double> measurements) {
        return new Evidence(
                instrument, "0.1.0", MEASURED, "openai/gpt-4o-mini", inputs, measurements, Map.of("seed", "7"));
    }
}
