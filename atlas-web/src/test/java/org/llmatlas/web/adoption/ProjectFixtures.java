package org.llmatlas.web.adoption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.contract.Clause;
import org.llmatlas.core.contract.ContractReader;
import org.llmatlas.core.contract.ContractTemplate;
import org.llmatlas.core.contract.Intake;
import org.llmatlas.core.contract.RiskTier;
import org.llmatlas.core.evidence.Evidence;
import org.llmatlas.core.evidence.EvidenceFiles;
import org.llmatlas.core.evidence.EvidenceInput;

/**
 * A realistic adoption project: the contract {@code atlas init} proposes for a customer assistant that selects and
 * deploys a model without fine-tuning, and evidence files as the screening instrument writes them.
 */
public final class ProjectFixtures {

    /** The cell the tests watch: model selection × hidden characteristics × screening. */
    public static final String CELL = "PH-SELECTION/AP-HIDDEN-CHARACTERISTICS/RM-SCREENING";

    public static final String METHOD = "M-ADVERSARIAL-ATTACKS";

    private ProjectFixtures() {}

    public static String contractYaml() {
        return ContractTemplate.render(
                CatalogLoader.loadDefault(),
                new Intake(
                        "Customer assistant",
                        "Answer customers' questions about their accounts",
                        "Retail customers",
                        "Account questions",
                        List.of("Investment advice"),
                        RiskTier.LIMITED,
                        List.of(),
                        List.of("PH-BUSINESS", "PH-SELECTION", "PH-DEPLOYMENT")));
    }

    /** The clause of {@link #contractYaml()} that remedies {@link #CELL} with {@link #METHOD}. */
    public static Clause screeningClause(String contractYaml) {
        try {
            Path dir = Files.createTempDirectory("atlas-fixture-");
            Path file = dir.resolve("atlas.yaml");
            Files.writeString(file, contractYaml, StandardCharsets.UTF_8);
            Clause clause = ContractReader.read(file).clauses().stream()
                    .filter(c -> c.addresses("PH-SELECTION", "AP-HIDDEN-CHARACTERISTICS", "RM-SCREENING"))
                    .filter(c -> c.method().equals(METHOD))
                    .findFirst()
                    .orElseThrow();
            Files.delete(file);
            Files.delete(dir);
            return clause;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #contractYaml()} with the screening clause's evidence measured on an input file. */
    public static String contractWithInput(String name, String path) {
        String yaml = contractYaml();
        String evidencePath = "path: \"" + screeningClause(yaml).evidence().path() + "\"";
        if (yaml.indexOf(evidencePath) != yaml.lastIndexOf(evidencePath) || !yaml.contains(evidencePath)) {
            throw new IllegalStateException("expected one " + evidencePath + " in the contract");
        }
        return yaml.replace(
                evidencePath,
                evidencePath + "\n      inputs:\n        - {name: \"" + name + "\", path: \"" + path + "\"}");
    }

    /** An intact evidence file whose measurement meets the clause's threshold exactly. */
    public static byte[] passingEvidence(Clause clause) {
        return passingEvidence(clause, Map.of());
    }

    /** {@link #passingEvidence(Clause)} measured on these inputs (name → content), whose digests it records. */
    public static byte[] passingEvidence(Clause clause, Map<String, byte[]> inputs) {
        double value = clause.threshold().value();
        if (!clause.threshold().isMetBy(value)) {
            throw new IllegalStateException("threshold " + clause.threshold() + " is not met at its own value");
        }
        Evidence evidence = new Evidence(
                clause.instrument(),
                "0.1.0-test",
                Instant.now(),
                "candidate-model",
                inputs.entrySet().stream()
                        .map(i -> EvidenceInput.of(i.getKey(), written(i.getValue())))
                        .toList(),
                Map.of(clause.threshold().metric(), value),
                Map.of());
        try {
            Path file = Files.createTempFile("atlas-evidence-", ".json");
            EvidenceFiles.write(file, evidence);
            byte[] content = Files.readAllBytes(file);
            Files.delete(file);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path written(byte[] content) {
        try {
            Path file = Files.createTempFile("atlas-input-", ".bin");
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #passingEvidence} with its measurement edited by hand afterwards: the digest no longer matches. */
    public static byte[] tamperedEvidence(Clause clause) {
        String json = new String(passingEvidence(clause, Map.of()), StandardCharsets.UTF_8);
        String edited = json.replaceFirst(
                "(\"" + java.util.regex.Pattern.quote(clause.threshold().metric()) + "\"\\s*:\\s*)[-0-9.eE]+",
                "$1" + "0.5");
        if (edited.equals(json)) {
            throw new IllegalStateException("measurement not found in " + json);
        }
        return edited.getBytes(StandardCharsets.UTF_8);
    }
}
