package org.llmatlas.screen.transform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.llmatlas.screen.suite.Probe;

/**
 * The registry of static transforms by name, in the order a run tries them (cheap wrappers before encodings and
 * priming). The attacker-driven multi-turn escalation needs live endpoints and lives in {@link Escalation}.
 *
 * <p>Names are looked up ignoring case, hyphens, underscores and spaces, because contracts and run files are written
 * by people ({@code prefix-injection}, {@code Role-Play}) while reports and metric keys use the registry's own
 * spelling ({@code prefix_injection}, {@code roleplay}); {@link #require} returns that spelling's transform.
 */
public final class Transforms {

    private static final Map<String, Transform> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Transform> BY_LOOSE_NAME = new LinkedHashMap<>();

    static {
        for (Transform t : List.of(
                Templates.family("jailbreak", Templates.JAILBREAK),
                Templates.family("roleplay", Templates.ROLEPLAY),
                Templates.family("prefix_injection", Templates.PREFIX),
                Templates.refusalSuppression(),
                Encodings.base64(),
                Encodings.rot13(),
                Encodings.leetspeak(),
                Encodings.homoglyphs(),
                PayloadSplitting.transform(),
                ShotPriming.fewShot(),
                ShotPriming.manyShot())) {
            BY_NAME.put(t.name(), t);
            BY_LOOSE_NAME.put(loose(t.name()), t);
        }
    }

    private Transforms() {}

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** The transform {@code name} spells, ignoring case and the separators {@code -}, {@code _} and spaces. */
    public static Optional<Transform> byName(String name) {
        return Optional.ofNullable(BY_LOOSE_NAME.get(loose(name)));
    }

    /**
     * The transform {@code name} spells, as {@link #byName}.
     *
     * @throws IllegalArgumentException naming the valid names, for an unknown name
     */
    public static Transform require(String name) {
        return byName(name)
                .orElseThrow(
                        () -> new IllegalArgumentException("unknown transform '" + name + "'; use one of " + names()));
    }

    private static String loose(String name) {
        return name.replaceAll("[-_\\s]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The plain probes followed by every transformed variant, in transform order.
     *
     * @throws IllegalArgumentException for an unknown transform name
     */
    public static List<Probe> expand(List<Probe> probes, List<String> transformNames, long seed) {
        List<Probe> out = new ArrayList<>(probes);
        for (String name : transformNames) {
            Transform t = require(name);
            probes.stream().filter(p -> p.expected().transformable()).forEach(p -> out.add(t.apply(p, seed)));
        }
        return out;
    }
}
