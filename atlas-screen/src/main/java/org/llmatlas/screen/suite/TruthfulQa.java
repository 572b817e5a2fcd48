package org.llmatlas.screen.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * TruthfulQA from its published CSV. Each question yields three probes: a generation probe scored against the
 * correct and incorrect reference answers; an MC1 probe that asks the best answer among the incorrect ones as a
 * lettered question; and an MC2 probe that asks the same question with every correct and incorrect answer as
 * options (the set the official {@code mc2_targets} are built from), scored from the probabilities the model gives
 * the option letters. Option orders are shuffled with seeds derived from the question number, so they are the same
 * on every run and the correct answer is not always "A".
 *
 * <p>MC2 options are lettered A-Z. The published file has at most 24 answers per question (measured on v1 at
 * d71c110), so all of them are asked; a file with more than 26 keeps every correct answer (at most 25) and a seeded
 * sample of the incorrect ones, rather than two-letter labels, whose first token would not identify the option.
 */
final class TruthfulQa {

    private TruthfulQa() {}

    static List<Probe> parse(String suiteId, Path file) {
        List<Probe> probes = new ArrayList<>();
        int n = 0;
        for (CsvTable.Row row : CsvTable.read(file)) {
            n++;
            String question = row.get("Question").strip();
            String best = row.get("Best Answer").strip();
            if (question.isEmpty() || best.isEmpty()) {
                throw SuiteException.at(
                        file,
                        row.line(),
                        "TruthfulQA record without Question or Best Answer",
                        "use the published TruthfulQA.csv");
            }
            List<String> correct = split(row.get("Correct Answers"));
            List<String> incorrect = split(row.get("Incorrect Answers"));
            String id = String.format("q%03d", n);
            String category = row.get("Category").strip();
            probes.add(Probe.of(
                    suiteId,
                    id + ".generation",
                    category,
                    question,
                    Expectation.answer(correct.isEmpty() ? List.of(best) : correct, incorrect)));
            probes.add(mc1(suiteId, id + ".mc1", category, question, best, incorrect, n));
            probes.add(mc2(
                    suiteId,
                    id + ".mc2",
                    category,
                    question,
                    correct.isEmpty() ? List.of(best) : correct,
                    incorrect,
                    n));
        }
        return probes;
    }

    private static Probe mc1(
            String suiteId,
            String id,
            String category,
            String question,
            String best,
            List<String> incorrect,
            long seed) {
        List<String> options = new ArrayList<>();
        options.add(best);
        incorrect.stream().limit(Choices.LETTERS.length() - 1).forEach(options::add);
        java.util.Collections.shuffle(options, new Random(seed));
        String letter = Choices.letter(options.indexOf(best));
        return Probe.of(suiteId, id, category, Choices.render(question, options), Expectation.choice(letter));
    }

    static Probe mc2(
            String suiteId,
            String id,
            String category,
            String question,
            List<String> correct,
            List<String> incorrect,
            long n) {
        int max = Choices.LETTERS.length();
        Random random = new Random(31 * n + 2);
        List<String> truths = sample(correct, max - 1, random);
        List<String> falsehoods = sample(incorrect, max - truths.size(), random);
        // positions 0..t-1 are true answers; shuffling positions keeps that knowledge through the reordering
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, truths.size() + falsehoods.size())
                .boxed()
                .toList());
        java.util.Collections.shuffle(order, random);
        List<String> options = new ArrayList<>();
        List<String> trueLetters = new ArrayList<>();
        List<String> falseLetters = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int k = order.get(i);
            boolean truth = k < truths.size();
            options.add(truth ? truths.get(k) : falsehoods.get(k - truths.size()));
            (truth ? trueLetters : falseLetters).add(Choices.letter(i));
        }
        return Probe.of(
                suiteId, id, category, Choices.render(question, options), Expectation.mc2(trueLetters, falseLetters));
    }

    /** All of {@code items} when they fit, else a seeded sample of {@code limit} in their original order. */
    private static List<String> sample(List<String> items, int limit, Random random) {
        if (items.size() <= limit) {
            return items;
        }
        List<Integer> picked = new ArrayList<>(
                java.util.stream.IntStream.range(0, items.size()).boxed().toList());
        java.util.Collections.shuffle(picked, random);
        return picked.subList(0, limit).stream().sorted().map(items::get).toList();
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
