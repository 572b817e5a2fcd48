package org.llmatlas.web.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.Crosswalk;
import org.llmatlas.core.catalog.Method;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A layer for the MITRE ATLAS Navigator (ATT&CK Navigator layer format 4.5): every ATLAS technique or mitigation
 * that a catalog method is crosswalked to, scored by how many methods address it, with the methods in the comment.
 * Load it in the Navigator to see which parts of ATLAS the problem-solution space covers.
 */
final class NavigatorLayer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String FRAMEWORK = "MITRE-ATLAS";

    private NavigatorLayer() {}

    static String json(Catalog catalog) {
        Map<String, List<Method>> byRef = new LinkedHashMap<>();
        for (Method method : catalog.methods()) {
            if (!method.isActive()) {
                continue;
            }
            for (Crosswalk crosswalk : method.crosswalks()) {
                if (FRAMEWORK.equals(crosswalk.framework())) {
                    byRef.computeIfAbsent(crosswalk.ref(), ref -> new java.util.ArrayList<>())
                            .add(method);
                }
            }
        }
        ObjectNode layer = JSON.createObjectNode();
        layer.put("name", "LLM ATLAS " + catalog.version() + " methods");
        ObjectNode versions = layer.putObject("versions");
        versions.put("layer", "4.5");
        versions.put("navigator", "4.9.1");
        layer.put("domain", "atlas-atlas");
        layer.put(
                "description",
                "Alignment methods of the LLM ATLAS problem-solution space, release " + catalog.version()
                        + ", mapped to MITRE ATLAS. Score = number of methods.");
        ArrayNode techniques = layer.putArray("techniques");
        int max = 1;
        for (Map.Entry<String, List<Method>> entry : byRef.entrySet()) {
            ObjectNode technique = techniques.addObject();
            technique.put("techniqueID", entry.getKey());
            technique.put("score", entry.getValue().size());
            technique.put(
                    "comment",
                    String.join(
                            ", ", entry.getValue().stream().map(Method::name).toList()));
            technique.put("enabled", true);
            ArrayNode metadata = technique.putArray("metadata");
            for (Method method : entry.getValue()) {
                ObjectNode row = metadata.addObject();
                row.put("name", "method");
                row.put("value", method.id());
            }
            max = Math.max(max, entry.getValue().size());
        }
        ObjectNode gradient = layer.putObject("gradient");
        gradient.putArray("colors").add("#dff3e4").add("#1a7f37");
        gradient.put("minValue", 0);
        gradient.put("maxValue", max);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(layer);
    }
}
