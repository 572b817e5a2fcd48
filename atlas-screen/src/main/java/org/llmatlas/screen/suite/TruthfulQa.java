package org.llmatlas.screen.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * TruthfulQA from its published CSV. Each question yields two probes: a generation probe scored against the
 * correct and incorrect reference answers, and an MC1 probe that asks the best answer among the incorrect ones as
 * a lettered question. The option order is shuffled with a seed derived from the question number, so it is the
 * same on every run and the correct answer is not always "A".
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

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
