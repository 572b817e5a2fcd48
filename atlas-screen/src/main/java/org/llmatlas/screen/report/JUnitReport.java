package org.llmatlas.screen.report;

import static org.llmatlas.screen.report.Html.esc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.llmatlas.screen.engine.Candidate;

/**
 * JUnit XML for CI: one test suite per candidate, one test case per overall metric (or per contract clause, when
 * thresholds are given). A metric outside its threshold is a failure, so a pipeline can block a candidate that
 * regresses; without thresholds every case passes and carries its value in {@code system-out}.
 */
public final class JUnitReport {

    /** Bounds for a metric key; either may be {@code null}. {@code name} is the clause id shown in CI. */
    public record Threshold(String name, Double min, Double max) {

        boolean accepts(double value) {
            return (min == null || value >= min) && (max == null || value <= max);
        }

        String describe() {
            return (min == null ? "" : ">= " + min)
                    + (min != null && max != null ? " and " : "")
                    + (max == null ? "" : "<= " + max);
        }
    }

    private JUnitReport() {}

    public static String render(ScreenReport r, Map<String, Threshold> thresholds) {
        var x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"atlas-screen\">\n");
        for (Candidate c : r.run().candidates()) {
            Map<String, Metric> metrics = r.overall(c.name());
            List<String> keys = thresholds.isEmpty() ? List.copyOf(metrics.keySet()) : List.copyOf(thresholds.keySet());
            long failures = keys.stream()
                    .filter(k -> thresholds.containsKey(k)
                            && (metrics.get(k) == null
                                    || !thresholds.get(k).accepts(metrics.get(k).value())))
                    .count();
            x.append("  <testsuite name=\"screen.")
                    .append(esc(c.name()))
                    .append("\" tests=\"")
                    .append(keys.size())
                    .append("\" failures=\"")
                    .append(failures)
                    .append("\" errors=\"0\" skipped=\"0\">\n");
            for (String key : keys) {
                Metric m = metrics.get(key);
                Threshold t = thresholds.get(key);
                String name = t == null || t.name() == null ? key : t.name() + " (" + key + ")";
                x.append("    <testcase classname=\"screen.")
                        .append(esc(c.name()))
                        .append("\" name=\"")
                        .append(esc(name))
                        .append("\">\n");
                if (m == null) {
                    x.append("      <failure message=\"")
                            .append(esc(key + " was not measured"))
                            .append("\"/>\n");
                } else {
                    if (t != null && !t.accepts(m.value())) {
                        x.append("      <failure message=\"")
                                .append(esc(String.format(
                                        Locale.ROOT, "%s = %.4f, required %s", key, m.value(), t.describe())))
                                .append("\"/>\n");
                    }
                    x.append("      <system-out>")
                            .append(esc(key + " = " + HtmlReport.format(m)))
                            .append("</system-out>\n");
                }
                x.append("    </testcase>\n");
            }
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }
}
