package org.llmatlas.core.catalog;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.llmatlas.core.validation.DidYouMean;
import org.llmatlas.core.validation.LocatedYaml;
import org.llmatlas.core.validation.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates one catalog file against the JSON Schema (Draft 2020-12) of its kind and turns the validator's findings
 * into problems at the offending line, with a fix: the property the user probably meant, the allowed values, or the
 * schema's description of the field.
 */
final class SchemaCheck {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, SchemaCheck> CACHE = new ConcurrentHashMap<>();

    private final String resource;
    private final Schema schema;
    private final JsonNode schemaTree;

    private SchemaCheck(String resource) {
        this.resource = resource;
        String text = readResource(resource);
        this.schemaTree = JsonMapper.shared().readTree(text);
        this.schema = REGISTRY.getSchema(text, InputFormat.JSON);
    }

    /** The check for a classpath schema such as {@code atlas-schema/method.schema.json}, compiled once. */
    static SchemaCheck of(String resource) {
        return CACHE.computeIfAbsent(resource, SchemaCheck::new);
    }

    List<Problem> check(LocatedYaml yaml) {
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema.validate(yaml.root())) {
            problems.add(describe(yaml, error));
        }
        return problems;
    }

    private Problem describe(LocatedYaml yaml, Error error) {
        NodePath path = error.getInstanceLocation();
        String pointer = pointer(path);
        JsonNode here = schemaAt(path);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String property = error.getProperty();
        String where = pointer.isEmpty() ? "" : " at " + pointer;
        if (error.getEvaluationPath().toString().contains("dependentSchemas")) {
            return yaml.problemAtKey(
                    pointer + "/replaced_by",
                    "replaced_by is only allowed on deprecated entities",
                    "add `status: deprecated`, or remove replaced_by");
        }
        return switch (keyword) {
            case "required" ->
                yaml.problem(
                        pointer,
                        "missing required property '" + property + "'" + where,
                        "add `" + property + ": ...`"
                                + describeField(here.path("properties").path(property)));
            case "additionalProperties" -> {
                List<String> known = new ArrayList<>();
                here.path("properties").propertyNames().forEach(known::add);
                String hint = DidYouMean.suggest(property, known)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("allowed: " + String.join(", ", known));
                yield yaml.problemAtKey(
                        pointer + LocatedYaml.segment(property), "unknown property '" + property + "'", hint);
            }
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                here.path("enum").forEach(v -> allowed.add(v.asString()));
                String value = yaml.root().at(pointer).asString();
                String hint = DidYouMean.suggest(value, allowed)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("use one of: " + String.join(", ", allowed));
                yield yaml.problem(pointer, "'" + value + "' is not allowed" + where, hint);
            }
            case "pattern" ->
                yaml.problem(
                        pointer,
                        "'" + yaml.root().at(pointer).asString() + "' does not have the expected form" + where,
                        "must match " + here.path("pattern").asString() + describeField(here));
            case "type" ->
                yaml.problem(
                        pointer,
                        "expected " + here.path("type").asString() + " but found "
                                + kindOf(yaml.root().at(pointer)) + where,
                        describeField(here).replaceFirst("^; ", ""));
            case "const" ->
                yaml.problem(
                        pointer,
                        "expected '" + here.path("const").asString() + "'" + where,
                        "replaced_by is only allowed on deprecated entities: add `status: deprecated`");
            default -> yaml.problem(pointer, stripPath(error.getMessage()), "see " + resource);
        };
    }

    /** The sub-schema for an instance location: properties/NAME for names, items for indexes. */
    private JsonNode schemaAt(NodePath path) {
        JsonNode node = schemaTree;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            node = element instanceof Integer
                    ? node.path("items")
                    : node.path("properties").path(element.toString());
        }
        return node;
    }

    private static String describeField(JsonNode field) {
        String description = field.path("description").asString("");
        return description.isEmpty() ? "" : "; " + description;
    }

    private static String kindOf(JsonNode node) {
        if (node.isString()) {
            return "text";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return node.isNull() ? "nothing (null)" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append(element instanceof Integer ? "/" + element : LocatedYaml.segment(element.toString()));
        }
        return pointer.toString();
    }

    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }

    private static String readResource(String resource) {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
