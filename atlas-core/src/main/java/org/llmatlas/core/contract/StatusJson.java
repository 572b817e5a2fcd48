package org.llmatlas.core.contract;

import java.util.Map;
import org.llmatlas.core.evidence.Evidence;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The status report as JSON ({@code "schema": "atlas-contract-status/1"}), the stable structure that scripts, CI
 * and the web app read; documented in {@code docs/contract.md}.
 */
public final class StatusJson {

    /** The value of the {@code schema} field. */
    public static final String SCHEMA = "atlas-contract-status/1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StatusJson() {}

    public static String render(StatusReport report) {
        return JSON.writeValueAsString(tree(report)) + "\n";
    }

    public static ObjectNode tree(StatusReport report) {
        Contract contract = report.contract();
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        ObjectNode about = root.putObject("contract");
        about.put("name", contract.name());
        about.put("file", contract.file().toString());
        about.put("catalog_version", contract.catalogVersion());
        about.put("risk_tier", contract.businessProblem().riskTier().yaml());
        ArrayNode phases = about.putArray("phases");
        contract.phases().forEach(phases::add);
        root.put("catalog_version", report.catalogVersion());
        root.put("evaluated_at", report.evaluatedAt().toString());
        root.put("satisfied", report.allSatisfied());
        root.put("exit_code", report.exitCode());
        ObjectNode summary = root.putObject("summary");
        ObjectNode clauseCounts = summary.putObject("clauses");
        report.clauseCounts().forEach((state, count) -> clauseCounts.put(state.name(), count));
        ObjectNode cellCounts = summary.putObject("cells");
        report.cellCounts().forEach((state, count) -> cellCounts.put(state.name(), count));
        ArrayNode cells = root.putArray("cells");
        for (CellResult cell : report.cells()) {
            ObjectNode node = cells.addObject();
            node.put("phase", cell.phase());
            node.put("problem", cell.problem());
            node.put("remedy", cell.remedy());
            node.put("state", cell.state().name());
            ArrayNode ids = node.putArray("clauses");
            cell.clauses().forEach(ids::add);
            node.put("satisfied", cell.satisfied());
            node.put("catalog_methods", cell.catalogMethods());
            node.put("reason", cell.reason());
        }
        ArrayNode clauses = root.putArray("clauses");
        for (ClauseResult result : report.clauses()) {
            clauses.add(clause(result));
        }
        return root;
    }

    private static ObjectNode clause(ClauseResult result) {
        Clause clause = result.clause();
        ObjectNode node = NODES.objectNode();
        node.put("id", clause.id());
        node.put("title", clause.title());
        node.put("phase", clause.phase());
        node.put("problem", clause.problem());
        node.put("remedy", clause.remedy());
        node.put("method", clause.method());
        node.put("instrument", clause.instrument());
        node.put("owner", clause.owner());
        node.put("state", result.state().name());
        node.put("reason", result.reason());
        ObjectNode threshold = node.putObject("threshold");
        threshold.put("metric", clause.threshold().metric());
        threshold.put("op", clause.threshold().op().symbol());
        threshold.put("value", clause.threshold().value());
        if (result.measured().isPresent()) {
            node.put("measured", result.measured().get());
        } else {
            node.putNull("measured");
        }
        ObjectNode evidence = node.putObject("evidence");
        evidence.put("path", clause.evidence().path());
        evidence.put("status", result.evidence().status().name());
        evidence.put("detail", result.evidence().detail());
        result.evidence().content().ifPresent(content -> describe(evidence, content));
        return node;
    }

    private static void describe(ObjectNode node, Evidence evidence) {
        node.put("instrument", evidence.instrument());
        node.put("instrument_version", evidence.instrumentVersion());
        node.put("created_at", evidence.createdAt().toString());
        node.put("subject", evidence.subject());
        ObjectNode measurements = node.putObject("measurements");
        for (Map.Entry<String, Double> entry : evidence.measurements().entrySet()) {
            measurements.put(entry.getKey(), entry.getValue());
        }
    }
}
