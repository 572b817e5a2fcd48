package org.llmatlas.core.catalog.diff;

import java.util.List;
import java.util.Locale;
import org.llmatlas.core.catalog.diff.CatalogDiff.Change;
import org.llmatlas.core.catalog.diff.CatalogDiff.FieldChange;
import org.llmatlas.core.catalog.diff.CatalogDiff.Kind;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders a {@link CatalogDiff} as a changelog: plain text, Markdown (for release notes) or JSON (for scripts). */
public final class Changelog {

    private static final int LONG_VALUE = 72;

    private Changelog() {}

    public static String text(CatalogDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("Catalog ")
                .append(diff.oldVersion())
                .append(" → ")
                .append(diff.newVersion())
                .append('\n');
        if (diff.isEmpty()) {
            return out.append("No changes.\n").toString();
        }
        for (Kind kind : Kind.values()) {
            List<Change> changes = diff.of(kind);
            if (changes.isEmpty()) {
                continue;
            }
            out.append('\n')
                    .append(title(kind))
                    .append(" (")
                    .append(changes.size())
                    .append(")\n");
            for (Change change : changes) {
                out.append("  ")
                        .append(change.id())
                        .append("  ")
                        .append(change.name())
                        .append('\n');
                for (FieldChange field : change.fields()) {
                    out.append("      ")
                            .append(field.field())
                            .append(": ")
                            .append(shorten(field.before()))
                            .append(" → ")
                            .append(shorten(field.after()))
                            .append('\n');
                }
            }
        }
        if (diff.hasRemovals()) {
            out.append("\nerror: IDs must never disappear; restore the removed entities with `status: deprecated`.\n");
        }
        return out.toString();
    }

    public static String markdown(CatalogDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("## Catalog ").append(diff.newVersion()).append("\n\n");
        out.append("Changes since ").append(diff.oldVersion()).append(".\n");
        if (diff.isEmpty()) {
            return out.append("\nNo changes.\n").toString();
        }
        for (Kind kind : Kind.values()) {
            List<Change> changes = diff.of(kind);
            if (changes.isEmpty()) {
                continue;
            }
            out.append("\n### ").append(title(kind)).append("\n\n");
            for (Change change : changes) {
                out.append("- `").append(change.id()).append("` ").append(change.name());
                if (!change.fields().isEmpty()) {
                    out.append(": ")
                            .append(String.join(
                                    ", ",
                                    change.fields().stream()
                                            .map(f -> "`" + f.field() + "`")
                                            .toList()));
                }
                out.append('\n');
            }
        }
        if (diff.hasRemovals()) {
            out.append("\n> **Error:** IDs must never disappear; restore the removed entities as deprecated.\n");
        }
        return out.toString();
    }

    public static String json(CatalogDiff diff) {
        JsonMapper json =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = json.createObjectNode();
        root.put("from", diff.oldVersion());
        root.put("to", diff.newVersion());
        root.put("valid", !diff.hasRemovals());
        for (Kind kind : Kind.values()) {
            ArrayNode array = root.putArray(kind.name().toLowerCase(Locale.ROOT));
            for (Change change : diff.of(kind)) {
                ObjectNode row = array.addObject();
                row.put("id", change.id());
                row.put("kind", change.entityKind().singular());
                row.put("name", change.name());
                ArrayNode fields = row.putArray("fields");
                for (FieldChange f : change.fields()) {
                    fields.addObject()
                            .put("field", f.field())
                            .put("before", f.before())
                            .put("after", f.after());
                }
            }
        }
        return json.writeValueAsString(root) + "\n";
    }

    private static String title(Kind kind) {
        return switch (kind) {
            case ADDED -> "Added";
            case CHANGED -> "Changed";
            case DEPRECATED -> "Deprecated";
            case REMOVED -> "Removed (not allowed)";
        };
    }

    private static String shorten(String value) {
        if (value == null) {
            return "(none)";
        }
        String flat = value.replace('\n', ' ').strip();
        return flat.length() <= LONG_VALUE ? flat : flat.substring(0, LONG_VALUE - 1) + "…";
    }
}
