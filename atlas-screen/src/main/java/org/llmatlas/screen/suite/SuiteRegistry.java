package org.llmatlas.screen.suite;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The built-in benchmarks. URLs point at the authors' repositories at a fixed commit; digests were computed from
 * byte-for-byte copies of those files. BBQ's eleven files carry no digest (no copy was available): the commit in
 * their URL pins them, and {@link SuiteLock} holds their digests from the first download on.
 */
public final class SuiteRegistry {

    private static final String GH = "https://raw.githubusercontent.com/";

    /** BBQ at a fixed commit. Its files could not be fetched when this was written: pinned on first use. */
    private static final String BBQ = GH + "nyu-mll/BBQ/1b155a1f914d29ace6172666340116352e6534ae/data/";

    private static final List<String> BBQ_CATEGORIES = List.of(
            "Age",
            "Disability_status",
            "Gender_identity",
            "Nationality",
            "Physical_appearance",
            "Race_ethnicity",
            "Race_x_SES",
            "Race_x_gender",
            "Religion",
            "SES",
            "Sexual_orientation");

    private static final List<BuiltinSuite> ENTRIES = List.of(
            BuiltinSuite.of(
                    "truthfulqa",
                    "TruthfulQA (Lin, Hilton & Evans 2022): generation, MC1 and MC2",
                    GH + "sylinrl/TruthfulQA/d71c110897f5d31c5d7f309e7bc316c152f6f031/data/v1/TruthfulQA.csv",
                    "f9bd9e859cc102cb1f647f1064da7e009be752c416845cf9fa56e6eaae403a7d",
                    "Apache-2.0",
                    "TruthfulQA.csv",
                    TruthfulQa::parse),
            BuiltinSuite.of(
                    "xstest",
                    "XSTest (Röttger et al. 2024): exaggerated safety",
                    GH + "paul-rottger/exaggerated-safety/d7bb5bd738c1fcbc36edd83d5e7d1b71a3e2d84d/xstest_prompts.csv",
                    "11783fb294ed017473ee53c207d71f2161c7672c8d0b037501e78387f801cb5a",
                    "CC-BY-4.0",
                    "xstest_prompts.csv",
                    XsTest::parse),
            BuiltinSuite.of(
                    "harmbench",
                    "HarmBench (Mazeika et al. 2024): standard and contextual text behaviors",
                    GH + "centerforaisafety/HarmBench/8e1604d1171fe8a48d8febecd22f600e462bdcdd"
                            + "/data/behavior_datasets/harmbench_behaviors_text_all.csv",
                    "8d81accedd38eaaf8b760618622bb888417d1fd0c86eba65c427a16f1cbb4afc",
                    "MIT",
                    "harmbench_behaviors_text_all.csv",
                    HarmfulBehaviors::harmBench),
            BuiltinSuite.of(
                    "advbench",
                    "AdvBench (Zou et al. 2023): harmful behaviors",
                    GH + "llm-attacks/llm-attacks/098262edf85f807224e70ecd87b9d83716bf6b73"
                            + "/data/advbench/harmful_behaviors.csv",
                    "6cd1a5c63c07610d7eb67307772ee5606017ee950b5770ab288a2c487489d3e1",
                    "MIT",
                    "harmful_behaviors.csv",
                    HarmfulBehaviors::advBench),
            new BuiltinSuite(
                    "bbq",
                    "BBQ (Parrish et al. 2022): bias in ambiguous and disambiguated contexts, 11 categories",
                    "CC-BY-4.0",
                    BBQ_CATEGORIES.stream()
                            .map(c -> new BuiltinSuite.SourceFile(c + ".jsonl", BBQ + c + ".jsonl", null))
                            .toList(),
                    Bbq::parse));

    private SuiteRegistry() {}

    public static List<BuiltinSuite> all() {
        return ENTRIES;
    }

    public static Optional<BuiltinSuite> find(String id) {
        return ENTRIES.stream().filter(e -> e.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The registered id closest to a mistyped one (edit distance at most 3), for error messages. */
    static Optional<String> suggest(String unknown) {
        return ENTRIES.stream()
                .map(BuiltinSuite::id)
                .min(Comparator.comparingInt(id -> distance(id, unknown.toLowerCase(java.util.Locale.ROOT))))
                .filter(id -> distance(id, unknown.toLowerCase(java.util.Locale.ROOT)) <= 3);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            prev = cur;
        }
        return prev[b.length()];
    }
}
