package org.llmatlas.core.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.llmatlas.core.validation.DidYouMean;
import org.llmatlas.core.validation.LocatedYaml;
import org.llmatlas.core.validation.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of {@code atlas.yaml} ({@code atlas-schema/contract.schema.json} on the classpath), with its
 * findings turned into problems at the offending line and a hint on how to fix each.
 */
final class ContractSchema {

    static final String RESOURCE = "/atlas-schema/contract.schema.json";

    private static final JsonNode SCHEMA_TREE = loadTree();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA_TREE);

    private ContractSchema() {}

    static List<Problem> validate(LocatedYaml yaml) {
        List<Problem> problems = new ArrayList<>();
        for (Error error : SCHEMA.validate(yaml.root())) {
            problems.add(toProblem(yaml, error));
        }
        return problems;
    }

    private static Problem toProblem(LocatedYaml yaml, Error error) {
        String pointer = pointer(error);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String where = pointer.isEmpty() ? "the top level" : "'" + readable(pointer) + "'";
        return switch (keyword) {
            case "required" ->
                yaml.problem(
                        pointer,
                        where + " lacks the required key '" + error.getProperty() + "'",
                        "add `" + error.getProperty() + ":`" + exampleFor(error.getProperty()));
            case "additionalProperties" -> {
                String child = pointer + LocatedYaml.segment(error.getProperty());
                Collection<String> allowed = allowedKeys(error);
                String hint = DidYouMean.suggest(error.getProperty(), allowed)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("allowed keys: " + String.join(", ", allowed));
                yield yaml.problemAtKey(child, "unknown key '" + error.getProperty() + "' in " + where, hint);
            }
            case "enum" ->
                yaml.problem(
                        pointer,
                        where + " has the value " + error.getInstanceNode() + ", which is not allowed",
                        "use one of " + error.getSchemaNode());
            case "const" ->
                yaml.problem(
                        pointer,
                        where + " must be " + error.getSchemaNode() + ", is " + error.getInstanceNode(),
                        "this atlas reads contract format " + Contract.FORMAT + "; write `contract: " + Contract.FORMAT
                                + "`");
            case "type" ->
                yaml.problem(
                        pointer,
                        where + " " + stripLocation(error.getMessage()),
                        "check the value's type at this line");
            case "pattern" ->
                yaml.problem(
                        pointer,
                        where + " has the value " + error.getInstanceNode()
                                + ", which does not match the expected form",
                        patternHint(pointer));
            default -> yaml.problem(pointer, where + " " + stripLocation(error.getMessage()), "");
        };
    }

    /** {@code /clauses/0/threshold} → {@code clauses[0].threshold} */
    private static String readable(String pointer) {
        return pointer.substring(1).replaceAll("/([0-9]+)(?=/|$)", "[$1]").replace('/', '.');
    }

    private static String exampleFor(String property) {
        return switch (property) {
            case "threshold" -> ", e.g. {metric: xstest.unsafe.refusal_rate, op: \">=\", value: 0.95}";
            case "evidence" -> ", e.g. {path: evidence/screen-xstest.json}";
            case "risk_tier" -> " with minimal, limited, high or unacceptable";
            case "contract" -> " 1 at the top";
            default -> "";
        };
    }

    private static String patternHint(String pointer) {
        if (pointer.endsWith("/metric")) {
            return "a dotted measurement key such as xstest.unsafe.refusal_rate";
        }
        if (pointer.endsWith("/instrument")) {
            return "an instrument ID such as screen, screen.adversarial, detect.refusal or contract";
        }
        if (pointer.endsWith("/max_age")) {
            return "an ISO-8601 duration such as P30D (30 days) or PT12H (12 hours)";
        }
        if (pointer.endsWith("/catalog_version")) {
            return "a version such as 1.0.0";
        }
        return "an ID such as PH-SELECTION, AP-HIDDEN-CHARACTERISTICS, RM-SCREENING or CL-XSTEST";
    }

    /** The instance location of an error as a JSON pointer. */
    private static String pointer(Error error) {
        return pointer(error.getInstanceLocation(), error.getInstanceLocation().getNameCount());
    }

    private static String pointer(NodePath path, int length) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < length; i++) {
            Object element = path.getElement(i);
            pointer.append(
                    element instanceof Integer index ? "/" + index : LocatedYaml.segment(String.valueOf(element)));
        }
        return pointer.toString();
    }

    /** The property names the schema allows where an {@code additionalProperties} error was raised. */
    private static Collection<String> allowedKeys(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        JsonNode properties = SCHEMA_TREE
                .at(pointer(fragment, Math.max(fragment.getNameCount() - 1, 0)))
                .get("properties");
        return properties == null ? List.of() : properties.propertyNames();
    }

    private static String stripLocation(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 && (message.startsWith("/") || message.startsWith("$"))
                ? message.substring(colon + 2)
                : message;
    }

    private static JsonNode loadTree() {
        try (InputStream in = ContractSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " on the classpath; rebuild atlas-core");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
