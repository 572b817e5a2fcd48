package org.llmatlas.core.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * A YAML document as a Jackson tree plus the source position of every node, addressed by JSON pointer
 * ({@code /crosswalks/0/source}). Schema validators and reference checks report JSON pointers; this class turns
 * them back into {@code file:line:column} so that errors point at the offending line.
 *
 * <p>Example: {@code LocatedYaml yaml = LocatedYaml.read(path); yaml.problem("/phase", "unknown phase", hint)}
 */
public final class LocatedYaml {

    /** A 1-based position in the source text. */
    public record Position(int line, int column) {}

    /** A bare streaming factory: building a full YAMLMapper would cost start-up time for nothing here. */
    private static final YAMLFactory YAML = new YAMLFactory();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final JsonNode root;
    private final Map<String, Position> values;
    private final Map<String, Position> keys;

    private LocatedYaml(String file, JsonNode root, Map<String, Position> values, Map<String, Position> keys) {
        this.file = file;
        this.root = root;
        this.values = values;
        this.keys = keys;
    }

    /** Reads a file, naming it in problems by its path as given. */
    public static LocatedYaml read(Path file) {
        return read(file, file.toString());
    }

    /** Reads a file, naming it in problems as {@code displayName} (e.g. a path relative to a catalog root). */
    public static LocatedYaml read(Path file, String displayName) {
        try {
            return parse(displayName, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ValidationException(
                    List.of(Problem.inFile(displayName, "cannot read file: " + e.getMessage(), "check the path")));
        } catch (UncheckedIOException e) {
            throw new ValidationException(List.of(Problem.inFile(
                    displayName, "cannot read file: " + e.getCause().getMessage(), "save the file as UTF-8")));
        }
    }

    /**
     * Parses YAML text.
     *
     * @throws ValidationException with the parser's line, column and reason when the text is not well-formed YAML,
     *     has a duplicate key, or is empty
     */
    public static LocatedYaml parse(String displayName, String content) {
        Map<String, Position> values = new HashMap<>();
        Map<String, Position> keys = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try (JsonParser parser = YAML.createParser(ObjectReadContext.empty(), content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ValidationException(List.of(Problem.inFile(
                        displayName, "the file is empty", "write a YAML mapping, starting with `id: ...`")));
            }
            root = new Builder(displayName, parser, values, keys, problems).value("");
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            throw new ValidationException(List.of(new Problem(
                    displayName,
                    line,
                    column,
                    "malformed YAML: " + reason(e.getOriginalMessage()),
                    "check indentation, colons and quotes around this position")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new LocatedYaml(displayName, root, Map.copyOf(values), Map.copyOf(keys));
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts; for an unknown pointer, where its nearest known ancestor starts. */
    public Position position(String pointer) {
        String current = pointer;
        while (true) {
            Position found = values.get(current);
            if (found != null) {
                return found;
            }
            if (current.isEmpty()) {
                return new Position(1, 1);
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /** Where the key of the property at {@code pointer} is written (better for "unknown property" errors). */
    public Position keyPosition(String pointer) {
        Position key = keys.get(pointer);
        return key != null ? key : position(pointer);
    }

    /** A problem located at the value of {@code pointer}. */
    public Problem problem(String pointer, String message, String hint) {
        Position at = position(pointer);
        return new Problem(file, at.line(), at.column(), message, hint);
    }

    /** A problem located at the key of {@code pointer}. */
    public Problem problemAtKey(String pointer, String message, String hint) {
        Position at = keyPosition(pointer);
        return new Problem(file, at.line(), at.column(), message, hint);
    }

    /** Escapes one JSON pointer segment (RFC 6901). */
    public static String segment(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The parser's reason without its position lines ("in reader, line 3, column 1:") and source excerpts. */
    private static String reason(String message) {
        if (message == null) {
            return "unknown parser error";
        }
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\n")) {
            String text = line.strip();
            if (!text.isEmpty()
                    && !text.startsWith("in ")
                    && !text.startsWith("^")
                    && line.equals(line.stripLeading())) {
                parts.add(text);
            }
        }
        return parts.isEmpty() ? message.strip() : String.join(": ", parts);
    }

    /** Builds the tree from the token stream, noting the position of each value and key. */
    private record Builder(
            String file,
            JsonParser parser,
            Map<String, Position> values,
            Map<String, Position> keys,
            List<Problem> problems) {

        JsonNode value(String pointer) {
            values.put(pointer, here());
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(pointer);
                case START_ARRAY -> array(pointer);
                case VALUE_STRING -> NODES.stringNode(parser.getString());
                case VALUE_NUMBER_INT ->
                    switch (parser.getNumberType()) {
                        case INT -> NODES.numberNode(parser.getIntValue());
                        case LONG -> NODES.numberNode(parser.getLongValue());
                        default -> NODES.numberNode(parser.getBigIntegerValue());
                    };
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> NODES.stringNode(parser.getString());
            };
        }

        private ObjectNode object(String pointer) {
            ObjectNode node = NODES.objectNode();
            Deque<String> seen = new ArrayDeque<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                String child = pointer + segment(name);
                Position keyAt = here();
                if (seen.contains(name)) {
                    problems.add(new Problem(
                            file,
                            keyAt.line(),
                            keyAt.column(),
                            "duplicate key '" + name + "'",
                            "keep one of them; YAML keys must be unique within a mapping"));
                }
                seen.push(name);
                keys.putIfAbsent(child, keyAt);
                parser.nextToken();
                JsonNode value = value(child);
                node.putIfAbsent(name, value);
            }
            return node;
        }

        private ArrayNode array(String pointer) {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(pointer + "/" + index++));
            }
            return node;
        }

        private Position here() {
            TokenStreamLocation at = parser.currentTokenLocation();
            return new Position(Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
        }
    }
}
