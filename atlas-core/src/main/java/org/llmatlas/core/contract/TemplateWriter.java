package org.llmatlas.core.contract;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes a proposed contract as commented YAML. Hand-written rather than serialised so that the comments can explain
 * each section where it is edited; strings are written double-quoted (JSON escapes are valid YAML).
 */
final class TemplateWriter {

    private final Catalog catalog;
    private final StringBuilder out = new StringBuilder();

    TemplateWriter(Catalog catalog) {
        this.catalog = catalog;
    }

    String write(Intake intake, List<Clause> clauses) {
        line("# LLM ATLAS alignment contract (format: docs/contract.md).");
        line(
                "# The organisation (principal) adopts an LLM (agent) whose characteristics and actions it cannot observe");
        line(
                "# directly. Each clause below remedies one such information asymmetry with a measured, verifiable result.");
        line("#   atlas contract check    validates this file against the catalog");
        line(
                "#   atlas contract status   shows which asymmetries are still open (exit 0 only when every clause holds)");
        line("contract: " + Contract.FORMAT);
        line("name: " + quote(intake.name()));
        line("catalog_version: " + quote(catalog.version()));
        line("");
        line("# Phase 1, business problem definition: every later alignment decision refers back to it.");
        line("# risk_tier is the EU AI Act tier: minimal | limited | high | unacceptable (prohibited, Art. 5).");
        line("# objectives: catalog IDs (HHH, RICE, FATE); `atlas catalog list` shows them.");
        line("business_problem:");
        line("  use_case: " + quote(intake.useCase()));
        line("  users: " + quote(intake.users()));
        line("  scope: " + quote(intake.scope()));
        line("  out_of_scope: " + flow(intake.outOfScope()));
        line("  risk_tier: " + intake.riskTier().yaml());
        line("  objectives:" + (intake.objectives().isEmpty() ? " []" : ""));
        intake.objectives().forEach(id -> line("    - " + id + comment(id)));
        line("");
        line("# The adoption phases this organisation goes through. Without fine-tuning or training, leave out");
        line("# PH-DEVELOPMENT; a clause may only name a phase listed here.");
        line("phases:");
        intake.phases().forEach(id -> line("  - " + id + comment(id)));
        line("");
        line("# Clauses: one per method in a cell phase × agency problem × remedy (see `atlas catalog matrix`).");
        line("# instrument measures it; threshold names a measurement key of the evidence file and the bar to clear;");
        line("# evidence.path (relative to this file) is where the instrument writes its evidence; max_age (ISO-8601,");
        line("# e.g. P30D) and inputs (files whose SHA-256 the evidence must have recorded) make old results stale.");
        line("# Instrument `contract` is an attestation: `atlas contract attest CLAUSE --document FILE --by NAME`.");
        line("clauses:" + (clauses.isEmpty() ? " []" : ""));
        for (Clause clause : clauses) {
            clause(clause);
        }
        return out.toString();
    }

    private void clause(Clause clause) {
        line("");
        line("  # " + clause.phase() + " × " + name(clause.problem()) + " × " + name(clause.remedy()));
        line("  - id: " + clause.id());
        line("    title: " + quote(clause.title()));
        line("    phase: " + clause.phase());
        line("    problem: " + clause.problem());
        line("    remedy: " + clause.remedy());
        line("    method: " + clause.method());
        line("    objectives: " + flowIds(clause.objectives()));
        line("    instrument: " + clause.instrument());
        if (!clause.parameters().isEmpty()) {
            line("    parameters:");
            clause.parameters().forEach((key, value) -> line("      " + key + ": " + value(value)));
        }
        Threshold threshold = clause.threshold();
        line("    threshold: {metric: " + threshold.metric() + ", op: "
                + quote(threshold.op().symbol()) + ", value: " + Numbers.format(threshold.value()) + "}");
        line("    evidence:");
        line("      path: " + quote(clause.evidence().path()));
        if (clause.evidence().maxAge() != null) {
            line("      max_age: " + iso(clause.evidence().maxAge()));
        }
        if (!clause.evidence().inputs().isEmpty()) {
            line("      inputs:");
            clause.evidence()
                    .inputs()
                    .forEach(input ->
                            line("        - {name: " + quote(input.name()) + ", path: " + quote(input.path()) + "}"));
        }
        if (!clause.owner().isEmpty()) {
            line("    owner: " + quote(clause.owner()));
        }
    }

    /** {@code P90D} rather than {@code PT2160H} when the duration is whole days. */
    static String iso(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 ? "P" + duration.toDays() + "D" : duration.toString();
    }

    private String comment(String id) {
        return catalog.find(id).map(e -> "   # " + e.name()).orElse("");
    }

    private String name(String id) {
        return catalog.find(id).map(CatalogEntity::name).orElse(id);
    }

    private static String value(Object value) {
        return switch (value) {
            case null -> "null";
            case String text -> quote(text);
            case Number number -> Numbers.format(number.doubleValue());
            case Boolean bool -> bool.toString();
            case List<?> list -> "[" + list.stream().map(TemplateWriter::value).collect(Collectors.joining(", ")) + "]";
            case Map<?, ?> map ->
                "{"
                        + map.entrySet().stream()
                                .map(e -> e.getKey() + ": " + value(e.getValue()))
                                .collect(Collectors.joining(", "))
                        + "}";
            default -> quote(value.toString());
        };
    }

    private static String flow(List<String> values) {
        return "[" + values.stream().map(TemplateWriter::quote).collect(Collectors.joining(", ")) + "]";
    }

    private static String flowIds(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }

    static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsCharArray(text)) + "\"";
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
