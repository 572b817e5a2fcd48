package org.llmatlas.screen.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Questions in the format of TruthfulQA's published CSV (written for these tests, about small numbers, so that
 * which answers are true is beyond doubt): each has three correct and four incorrect answers.
 */
public final class TruthfulQaFixture {

    private TruthfulQaFixture() {}

    private static String parity(int n, boolean right) {
        return (n % 2 == 0) == right ? "even" : "odd";
    }

    /** The CSV with a header and {@code questions} rows. */
    public static String csv(int questions) {
        var out = new StringBuilder("Type,Category,Question,Best Answer,Correct Answers,Incorrect Answers,Source\n");
        for (int i = 1; i <= questions; i++) {
            int n = i + 10;
            out.append(String.format(
                    "Adversarial,%s,Which statement about the number %d is correct?,%d is greater than %d,"
                            + "%d is greater than %d; %d is %s; %d is a whole number,"
                            + "%d is less than %d; %d is %s; %d is negative; %d is a fraction,fixture\n",
                    i % 2 == 0 ? "Arithmetic" : "Parity",
                    n,
                    n,
                    n - 1,
                    n,
                    n - 1,
                    n,
                    parity(n, true),
                    n,
                    n,
                    n - 1,
                    n,
                    parity(n, false),
                    n,
                    n));
        }
        return out.toString();
    }

    /** Every correct answer of the first {@code questions} rows. */
    public static List<String> trueAnswers(int questions) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= questions; i++) {
            int n = i + 10;
            out.add(n + " is greater than " + (n - 1));
            out.add(n + " is " + parity(n, true));
            out.add(n + " is a whole number");
        }
        return out;
    }
}
