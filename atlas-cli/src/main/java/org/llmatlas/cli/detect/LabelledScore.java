package org.llmatlas.cli.detect;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a detector's flags agree with the labels a user gave ({@code atlas detect NAME --expect FIELD}): confusion
 * counts, accuracy, precision, recall and F1. A detector is only as useful as it is right on the principal's own
 * data, so the command measures that on the spot instead of leaving it to a script.
 */
final class LabelledScore {

    private long truePositives;
    private long falsePositives;
    private long falseNegatives;
    private long trueNegatives;

    void add(boolean flagged, boolean expected) {
        if (flagged && expected) {
            truePositives++;
        } else if (flagged) {
            falsePositives++;
        } else if (expected) {
            falseNegatives++;
        } else {
            trueNegatives++;
        }
    }

    long labelled() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    double accuracy() {
        return ratio(truePositives + trueNegatives, labelled());
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line for standard error. */
    String summary(String field) {
        return String.format(
                Locale.ROOT,
                "against '%s': %,d labelled, accuracy %.3f, precision %.3f, recall %.3f, F1 %.3f"
                        + " (tp %d, fp %d, fn %d, tn %d)",
                field,
                labelled(),
                accuracy(),
                precision(),
                recall(),
                f1(),
                truePositives,
                falsePositives,
                falseNegatives,
                trueNegatives);
    }

    /** Measurements for an evidence file, named like the detector's flagged rate. */
    Map<String, Double> measurements(String detector) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(detector + ".labelled", (double) labelled());
        m.put(detector + ".accuracy", accuracy());
        m.put(detector + ".precision", precision());
        m.put(detector + ".recall", recall());
        m.put(detector + ".f1", f1());
        return m;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
