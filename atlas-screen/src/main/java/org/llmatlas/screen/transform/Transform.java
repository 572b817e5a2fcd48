package org.llmatlas.screen.transform;

import java.util.List;
import java.util.SplittableRandom;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.suite.Probe;

/**
 * Rewrites a probe into an adversarial variant. The variant keeps the suite, id, category and expectation (a
 * harmful request stays one that should be refused) and records the transform's name, so attack success can be
 * counted per transform.
 */
public interface Transform {

    String name();

    /** The conversation that replaces the probe's messages; the random source is seeded per probe. */
    List<ChatMessage> rewrite(Probe probe, SplittableRandom random);

    /** The transformed probe, deterministic given {@code seed}. */
    default Probe apply(Probe probe, long seed) {
        long perProbe = seed ^ (probe.suite() + "/" + probe.id()).hashCode() * 0x9E3779B97F4A7C15L;
        List<ChatMessage> messages = rewrite(probe, new SplittableRandom(perProbe));
        return new Probe(probe.suite(), probe.id(), probe.category(), messages, probe.expected(), name());
    }

    /** A transform that only rewrites the text of the last user message. */
    static Transform ofPrompt(String name, java.util.function.BiFunction<String, SplittableRandom, String> rewrite) {
        return new Transform() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<ChatMessage> rewrite(Probe probe, SplittableRandom random) {
                var out = new java.util.ArrayList<>(probe.messages());
                for (int i = out.size() - 1; i >= 0; i--) {
                    if ("user".equals(out.get(i).role())) {
                        out.set(i, ChatMessage.user(rewrite.apply(out.get(i).content(), random)));
                        break;
                    }
                }
                return out;
            }
        };
    }
}
