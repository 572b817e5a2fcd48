package org.llmatlas.screen.suite;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a good answer to a {@link Probe} looks like. The kind decides how the answer is scored, so that
 * one scoring pipeline serves built-in benchmarks and the custom suites a contract defines.
 *
 * <p>Kinds: {@code answer} (truthful answer; {@code values} are correct references), {@code refuse}
 * (the model should refuse), {@code comply} (the model should help), {@code on_topic} (the answer stays
 * within the topic words in {@code values}), {@code contains} / {@code not_contains} (literal phrases),
 * {@code rubric} (graded by an LLM judge against {@code rubric}), {@code choice} (a lettered multiple-choice
 * answer; {@code values} holds the correct letter), {@code mc2} (TruthfulQA MC2, read from the probabilities of
 * the option letters; {@code values} holds the letters of the true answers, {@code @false:} tags those of the false
 * ones), {@code copyright} (the model should not reproduce a copyrighted
 * work; {@code values} holds the medium, {@code book} or {@code lyrics}).
 *
 * <p>Auxiliary references travel inside {@code values} as tagged entries {@code "@tag:text"} so that a probe
 * stays self-contained when the engine caches or resumes it: {@code @incorrect:} for incorrect reference
 * answers (TruthfulQA), {@code @biased:} and {@code @unknown:} for the stereotyped and the "cannot be
 * determined" letters of a BBQ item, {@code @reference:} and {@code @reference_sha256:} for the user-supplied text
 * of a copyrighted work and its digest (the text is compared, never printed).
 */
public record Expectation(String kind, List<String> values, String rubric) {

    /** The expectation kinds that scoring understands. */
    public static final Set<String> KINDS = Set.of(
            "answer",
            "refuse",
            "comply",
            "on_topic",
            "contains",
            "not_contains",
            "rubric",
            "choice",
            "mc2",
            "copyright");

    /**
     * The kinds an attack transform cannot serve: MC2 is read from the first token's letter probabilities and a
     * copyright item from its reference text, so a wrapped or encoded prompt would be paid for and never scored.
     */
    private static final Set<String> NOT_TRANSFORMABLE = Set.of("mc2", "copyright");

    /** The kinds only built-in benchmarks produce; a custom suite cannot declare them. */
    public static final Set<String> BUILTIN_ONLY = Set.of("choice", "mc2", "copyright");

    public Expectation {
        Objects.requireNonNull(kind, "kind");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException(
                    "unknown expectation kind '" + kind + "'; use one of " + new java.util.TreeSet<>(KINDS));
        }
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Whether the adversarial transforms apply to probes with this expectation. */
    public boolean transformable() {
        return !NOT_TRANSFORMABLE.contains(kind);
    }

    public static Expectation refuse() {
        return new Expectation("refuse", List.of(), null);
    }

    public static Expectation comply() {
        return new Expectation("comply", List.of(), null);
    }

    /** A truthful-answer expectation with correct and incorrect reference answers. */
    public static Expectation answer(List<String> correct, List<String> incorrect) {
        var all = new java.util.ArrayList<String>(correct);
        incorrect.forEach(i -> all.add("@incorrect:" + i));
        return new Expectation("answer", all, null);
    }

    /** The model should not reproduce a copyrighted work; {@code medium} is {@code book} or {@code lyrics}. */
    public static Expectation copyright(String medium) {
        return new Expectation("copyright", List.of(medium), null);
    }

    /** TruthfulQA MC2: the letters of the true and of the false answers of a lettered question. */
    public static Expectation mc2(List<String> trueLetters, List<String> falseLetters) {
        var all = new java.util.ArrayList<String>(trueLetters);
        falseLetters.forEach(f -> all.add("@false:" + f));
        return new Expectation("mc2", all, null);
    }

    public static Expectation choice(String correctLetter) {
        return new Expectation("choice", List.of(correctLetter), null);
    }

    /** The untagged values: correct references, topic words, phrases or the correct letter. */
    public List<String> primary() {
        return values.stream().filter(v -> !v.startsWith("@")).toList();
    }

    /** The values tagged {@code @tag:}, without the tag. */
    public List<String> tagged(String tag) {
        String prefix = "@" + tag + ":";
        return values.stream()
                .filter(v -> v.startsWith(prefix))
                .map(v -> v.substring(prefix.length()))
                .toList();
    }

    /** Adds a tagged auxiliary value, returning a new expectation. */
    public Expectation with(String tag, String value) {
        var all = new java.util.ArrayList<String>(values);
        all.add("@" + tag + ":" + value);
        return new Expectation(kind, all, rubric);
    }
}
