package org.llmatlas.screen.engine.store;

import java.util.ArrayList;
import java.util.List;
import org.llmatlas.screen.engine.TokenLogprob;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The first token's alternatives as the cache and the journal store them ({@code "top_logprobs": [[token, logprob],
 * ...]}, left out when empty), so that an answer served from either scores exactly like the fresh one.
 */
final class Alternatives {

    static final String FIELD = "top_logprobs";

    private Alternatives() {}

    static void write(ObjectNode node, List<TokenLogprob> alternatives) {
        if (alternatives.isEmpty()) {
            return;
        }
        var array = node.putArray(FIELD);
        alternatives.forEach(a -> array.addArray().add(a.token()).add(a.logprob()));
    }

    static List<TokenLogprob> read(JsonNode node) {
        List<TokenLogprob> out = new ArrayList<>();
        for (JsonNode pair : node.path(FIELD)) {
            out.add(new TokenLogprob(pair.path(0).stringValue(""), pair.path(1).asDouble()));
        }
        return out;
    }
}
