package org.llmatlas.web.coding;

import java.util.Optional;
import java.util.Set;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.EntityKind;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns proposal text into catalog entities and back: checks a proposed body (catalog YAML of one entity), writes the
 * current release's entity as YAML for an edit and for the diff, and applies the editor's reconciled coding to the
 * body that gets published (a mapping takes the reconciled phase, problem and remedy; a method the objectives).
 */
@Component
public class Publication {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** The entity's kind, from its ID prefix ({@code MAP-}, {@code M-}, {@code SRC-}, ...). */
    public Optional<EntityKind> kindOf(String id) {
        return EntityKind.byIdPrefix(id == null ? "" : id.trim());
    }

    /** The entity as catalog YAML, as the repository's files would have it. */
    public String yaml(CatalogEntity entity) {
        return YAML.writeValueAsString(CatalogCodec.toTree(entity));
    }

    /** Problems with a draft against the current release; empty when it can be proposed. */
    public Set<String> problems(ProposalDraft draft, Catalog current) {
        java.util.LinkedHashSet<String> problems = new java.util.LinkedHashSet<>();
        if (draft.title() == null || draft.title().isBlank()) {
            problems.add("Title: say in a few words what the proposal changes");
        }
        Optional<EntityKind> kind = kindOf(draft.targetId());
        if (kind.isEmpty()) {
            problems.add("Entity ID: '" + draft.targetId() + "' has no known prefix (MAP-, M-, SRC-, ...)");
            return problems;
        }
        boolean exists = current.find(draft.targetId().trim()).isPresent();
        if (draft.kind() == ProposalKind.EDIT && !exists) {
            problems.add("Entity ID: " + draft.targetId() + " is not in release " + current.version()
                    + "; propose it as new instead of as an edit");
        }
        if (draft.kind() != ProposalKind.EDIT && exists) {
            problems.add("Entity ID: " + draft.targetId() + " exists in release " + current.version()
                    + "; propose an edit, or choose a new ID");
        }
        if (draft.kind() != ProposalKind.EDIT
                && !draft.kind().name().equals(kind.get().name())) {
            problems.add("Entity ID: a " + draft.kind().name().toLowerCase() + " ID starts with "
                    + EntityKind.valueOf(draft.kind().name()).idPrefix());
        }
        try {
            JsonNode tree = YAML.readTree(draft.body());
            if (!(tree instanceof ObjectNode)
                    || !draft.targetId().trim().equals(tree.path("id").asString(""))) {
                problems.add("Entity YAML: needs 'id: " + draft.targetId().trim() + "' (the entity ID above)");
            } else {
                CatalogCodec.fromTree(kind.get(), tree);
            }
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            problems.add("Entity YAML: " + firstLine(e.getMessage()));
        }
        return problems;
    }

    /** The proposal's body with the reconciled coding applied, as YAML. */
    public String apply(Proposal proposal, Coding reconciled) {
        ObjectNode tree = (ObjectNode) YAML.readTree(proposal.body());
        EntityKind kind = kindOf(proposal.targetId()).orElseThrow();
        if (kind == EntityKind.MAPPING) {
            putIfPresent(tree, "phase", reconciled.phase());
            putIfPresent(tree, "problem", reconciled.problem());
            putIfPresent(tree, "remedy", reconciled.remedy());
        } else if (kind == EntityKind.METHOD && !reconciled.objectives().isEmpty()) {
            ArrayNode objectives = tree.putArray("objectives");
            reconciled.objectives().forEach(objectives::add);
        }
        return YAML.writeValueAsString(tree);
    }

    /** The published entity of a proposal. */
    public CatalogEntity entity(Proposal proposal) {
        return CatalogCodec.fromTree(
                kindOf(proposal.targetId()).orElseThrow(), YAML.readTree(proposal.publishedBody()));
    }

    private static void putIfPresent(ObjectNode tree, String field, String value) {
        if (value != null && !value.isBlank()) {
            tree.put(field, value);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not valid";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
