package org.llmatlas.core.contract;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.llmatlas.core.validation.LocatedYaml;
import org.llmatlas.core.validation.Problem;
import org.llmatlas.core.validation.ValidationException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code atlas.yaml} into a {@link Contract}: YAML syntax, then the JSON Schema, then values that the schema
 * cannot check (durations). Catalog references are checked separately by {@link ContractValidator}, so that tools
 * that only need the clauses (e.g. {@code atlas screen --contract}) do not need a catalog.
 *
 * <p>Example: {@code Contract contract = ContractReader.read(Path.of("atlas.yaml"));}
 */
public final class ContractReader {

    private ContractReader() {}

    /**
     * @throws ValidationException listing every problem with file, line and column
     */
    public static Contract read(Path file) {
        return parse(file).contract();
    }

    /** The contract together with the located YAML it came from, for checks that report positions. */
    record Parsed(LocatedYaml yaml, Contract contract) {}

    static Parsed parse(Path file) {
        LocatedYaml yaml = LocatedYaml.read(file);
        List<Problem> problems = new ArrayList<>(ContractSchema.validate(yaml));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Contract contract = toContract(yaml, file, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Parsed(yaml, contract);
    }

    private static Contract toContract(LocatedYaml yaml, Path file, List<Problem> problems) {
        JsonNode root = yaml.root();
        JsonNode business = root.get("business_problem");
        BusinessProblem businessProblem = new BusinessProblem(
                text(business, "use_case"),
                text(business, "users"),
                text(business, "scope"),
                strings(business.get("out_of_scope")),
                RiskTier.fromYaml(text(business, "risk_tier")),
                strings(business.get("objectives")));
        List<Clause> clauses = new ArrayList<>();
        JsonNode clauseNodes = root.get("clauses");
        for (int i = 0; i < clauseNodes.size(); i++) {
            clauses.add(clause(yaml, "/clauses/" + i, clauseNodes.get(i), problems));
        }
        return new Contract(
                root.get("contract").asInt(),
                text(root, "name"),
                text(root, "catalog_version"),
                businessProblem,
                strings(root.get("phases")),
                clauses,
                file);
    }

    private static Clause clause(LocatedYaml yaml, String pointer, JsonNode node, List<Problem> problems) {
        JsonNode threshold = node.get("threshold");
        JsonNode evidence = node.get("evidence");
        List<EvidenceSpec.InputSpec> inputs = new ArrayList<>();
        JsonNode inputNodes = evidence.get("inputs");
        if (inputNodes != null) {
            for (JsonNode input : inputNodes.values()) {
                inputs.add(new EvidenceSpec.InputSpec(text(input, "name"), text(input, "path")));
            }
        }
        Duration maxAge = null;
        String maxAgeText = text(evidence, "max_age");
        if (maxAgeText != null) {
            Optional<Duration> parsed = duration(maxAgeText);
            if (parsed.isEmpty()) {
                problems.add(yaml.problem(
                        pointer + "/evidence/max_age",
                        "max_age '" + maxAgeText + "' is not an ISO-8601 duration in days, weeks or hours",
                        "write e.g. P30D (30 days), P2W (2 weeks) or PT12H (12 hours); months and years are"
                                + " ambiguous, use days"));
            } else {
                maxAge = parsed.get();
            }
        }
        Comparison op = Comparison.fromSymbol(text(threshold, "op")).orElseThrow();
        return new Clause(
                text(node, "id"),
                text(node, "title"),
                text(node, "phase"),
                text(node, "problem"),
                text(node, "remedy"),
                text(node, "method"),
                strings(node.get("objectives")),
                text(node, "instrument"),
                PlainValues.map(node.get("parameters")),
                new Threshold(
                        text(threshold, "metric"), op, threshold.get("value").asDouble()),
                new EvidenceSpec(text(evidence, "path"), maxAge, inputs),
                text(node, "owner"));
    }

    /** ISO-8601 durations; day and week periods ({@code P30D}, {@code P2W}) are accepted as exact days. */
    static Optional<Duration> duration(String text) {
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException notADuration) {
            try {
                Period period = Period.parse(text);
                if (period.getYears() != 0 || period.getMonths() != 0 || period.isNegative()) {
                    return Optional.empty();
                }
                return Optional.of(Duration.ofDays(period.getDays()));
            } catch (DateTimeParseException notAPeriod) {
                return Optional.empty();
            }
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null) {
            node.values().forEach(value -> values.add(value.asString()));
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
