package org.llmatlas.core.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmatlas.core.catalog.Method;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The instrument, parameters, threshold and evidence age that {@code atlas init} proposes for a method, read from
 * {@code atlas-contract/defaults.yaml} so that they are data, reviewable next to the catalog.
 */
final class ClauseDefaults {

    static final String RESOURCE = "/atlas-contract/defaults.yaml";

    /** One proposal: what to measure with, how, and what counts. */
    record Default(String instrument, Map<String, Object> parameters, Threshold threshold, String maxAge) {}

    private final JsonNode root;

    private ClauseDefaults(JsonNode root) {
        this.root = root;
    }

    static ClauseDefaults load() {
        try (InputStream in = ClauseDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " on the classpath; rebuild atlas-core");
            }
            return new ClauseDefaults(YAMLMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default for a method: its own entry, else its first instrument's, else an attestation. */
    Default forMethod(Method method) {
        JsonNode own = root.path("methods").path(method.id());
        List<String> instruments = method.instruments().stream()
                .filter(i -> root.path("instruments").has(i))
                .toList();
        String instrument = own.has("instrument")
                ? own.get("instrument").asString()
                : instruments.isEmpty() ? ContractValidator.ATTESTATION : instruments.getFirst();
        JsonNode base = root.path("instruments").path(instrument);
        Map<String, Object> parameters = new LinkedHashMap<>(PlainValues.map(base.path("parameters")));
        parameters.putAll(PlainValues.map(own.path("parameters")));
        if (ContractValidator.ATTESTATION.equals(instrument)) {
            parameters.put("document", "docs/alignment/" + slug(method.id()) + ".md");
        }
        JsonNode threshold = own.has("threshold") ? own.get("threshold") : base.get("threshold");
        String maxAge = own.has("max_age")
                ? own.get("max_age").asString()
                : base.path("max_age").asString(null);
        return new Default(instrument, parameters, threshold(threshold), maxAge);
    }

    /** {@code M-DATA-CARDS} → {@code data-cards}. */
    static String slug(String id) {
        int dash = id.indexOf('-');
        return id.substring(dash + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static Threshold threshold(JsonNode node) {
        return new Threshold(
                node.get("metric").asString(),
                Comparison.fromSymbol(node.get("op").asString()).orElseThrow(),
                node.get("value").asDouble());
    }
}
