package org.llmatlas.core.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** YAML values as plain Java (String, Number, Boolean, List, Map), so that the contract model has no Jackson types. */
final class PlainValues {

    private PlainValues() {}

    static Map<String, Object> map(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                map.put(entry.getKey(), value(entry.getValue()));
            }
        }
        return map;
    }

    static Object value(JsonNode node) {
        if (node.isObject()) {
            return map(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(value -> list.add(value(value)));
            return list;
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asString();
    }
}
