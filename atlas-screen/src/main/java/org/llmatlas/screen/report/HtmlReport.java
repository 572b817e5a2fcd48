package org.llmatlas.screen.report;

import static org.llmatlas.screen.report.Html.esc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatMessage;

/**
 * A self-contained {@code report.html}: no scripts, fonts or images from elsewhere, so it can be archived with the
 * evidence and opened offline. Charts are inline SVG (rates with 95% interval whiskers); every item can be opened
 * to read all candidates' answers side by side. All model and suite text is escaped.
 */
public final class HtmlReport {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};

    private HtmlReport() {}

    public static String render(ScreenReport r) {
        var h = new StringBuilder(64 * 1024);
        List<String> names = r.run().candidates().stream().map(Candidate::name).toList();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>ATLAS screening report</title><style>")
                .append(
                        "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1200px;padding:0 1em;color:#222}")
                .append(
                        "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.3em .6em;")
                .append(
                        "vertical-align:top;text-align:left}td.long{overflow-wrap:anywhere}th{background:#f3f3f3}.num{text-align:right;font-variant-numeric:tabular-nums}")
                .append(
                        "code{word-break:break-all}.pass{color:#1a7f37}.fail{color:#b42318}.error,.unscored{color:#888}pre{white-space:pre-wrap;")
                .append(
                        "margin:0;max-height:22em;overflow:auto;font:12px/1.4 ui-monospace,monospace}details{margin:.2em 0}")
                .append("summary{cursor:pointer}.sentence{font-size:15px;margin:.3em 0}.legend span{margin-right:1em}")
                .append("</style></head><body>\n<h1>ATLAS screening report</h1>\n");
        h.append("<p>Created ")
                .append(esc(r.createdAt().toString()))
                .append(" by atlas ")
                .append(esc(r.atlasVersion()))
                .append(", seed ")
                .append(r.run().seed())
                .append(". Schema <code>")
                .append(esc(r.schema()))
                .append("</code>.</p>\n");
        candidates(h, r);
        suites(h, r);
        decisions(h, r);
        charts(h, r, names);
        metricTable(h, r, names);
        unmeasured(h, r);
        adversarial(h, r);
        claims(h, r);
        items(h, r, names);
        return h.append("</body></html>\n").toString();
    }

    private static void candidates(StringBuilder h, ScreenReport r) {
        h.append("<h2>Candidates</h2><table><tr><th>name</th><th>endpoint</th><th>model</th><th>sampling</th>")
                .append("<th>system prompt</th></tr>\n");
        for (Candidate c : r.run().candidates()) {
            h.append("<tr><td>")
                    .append(esc(c.name()))
                    .append("</td><td>")
                    .append(esc(c.baseUrl()))
                    .append("</td><td>")
                    .append(esc(c.model()))
                    .append("</td><td>")
                    .append(esc(c.sampling().describe()))
                    .append("</td><td>")
                    .append(esc(c.systemPrompt() == null ? "" : c.systemPrompt()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void suites(StringBuilder h, ScreenReport r) {
        h.append("<h2>Suites</h2><table><tr><th>suite</th><th>probes</th><th>licence</th><th>source</th>")
                .append("<th>SHA-256</th></tr>\n");
        for (var s : r.run().suites()) {
            h.append("<tr><td>")
                    .append(esc(s.id()))
                    .append("</td><td class=num>")
                    .append(s.probes())
                    .append("</td><td>")
                    .append(esc(s.licence()))
                    .append("</td><td class=long>")
                    .append(esc(s.source()))
                    .append("</td><td class=long><code>")
                    .append(esc(s.sha256()))
                    .append("</code></td></tr>\n");
        }
        h.append("</table>\n<p>Transforms: ")
                .append(esc(
                        r.run().transforms().isEmpty()
                                ? "none"
                                : String.join(", ", r.run().transforms())))
                .append(". Judge: ")
                .append(esc(r.run().judge() == null ? "none" : r.run().judge()))
                .append(".</p>\n");
    }

    private static void decisions(StringBuilder h, ScreenReport r) {
        if (r.comparisons().isEmpty()) {
            return;
        }
        h.append(
                        "<h2>Decision summary</h2>\n<p>Paired comparisons on the same items: exact McNemar test, Holm-corrected")
                .append(" per pair of candidates; 95% paired bootstrap intervals.</p>\n");
        r.comparisons().stream()
                .sorted(java.util.Comparator.comparingDouble(ScreenReport.Comparison::adjustedPValue))
                .forEach(c ->
                        h.append("<p class=sentence>").append(esc(c.sentence())).append("</p>\n"));
    }

    private static void charts(StringBuilder h, ScreenReport r, List<String> names) {
        Map<String, List<Metric>> byKey = new LinkedHashMap<>();
        r.metrics().stream()
                .filter(m -> m.overall() && m.hasInterval())
                .forEach(m -> byKey.computeIfAbsent(m.key(), k -> new java.util.ArrayList<>())
                        .add(m));
        if (byKey.isEmpty()) {
            return;
        }
        int rowH = 16;
        int width = 820;
        int labelW = 330;
        int perKey = names.size() * rowH + 10;
        int height = byKey.size() * perKey + 30;
        h.append("<h2>Rates and means with 95% intervals</h2><p class=legend>");
        for (int i = 0; i < names.size(); i++) {
            h.append("<span style=\"color:")
                    .append(COLOURS[i % COLOURS.length])
                    .append("\">&#9632; ")
                    .append(esc(names.get(i)))
                    .append("</span>");
        }
        h.append("</p>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" role=\"img\" aria-label=\"rates per metric and candidate\">\n");
        double scale = width - labelW - 60;
        for (int tick = 0; tick <= 4; tick++) {
            double x = labelW + scale * tick / 4;
            h.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%d%%</text>%n",
                    x,
                    x,
                    height - 18,
                    x,
                    height - 5,
                    tick * 25));
        }
        int y = 5;
        for (var e : byKey.entrySet()) {
            h.append(String.format(
                    Locale.ROOT,
                    "<text x=\"0\" y=\"%d\" font-size=\"11\">%s</text>%n",
                    y + perKey / 2,
                    esc(e.getKey())));
            for (Metric m : e.getValue()) {
                int i = names.indexOf(m.candidate());
                String colour = COLOURS[Math.max(0, i) % COLOURS.length];
                int by = y + Math.max(0, i) * rowH;
                h.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" opacity=\"0.75\">"
                                + "<title>%s %s: %.1f%% [%.1f, %.1f]</title></rect>"
                                + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\"/>"
                                + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%.1f%%</text>%n",
                        labelW,
                        by,
                        scale * m.value(),
                        rowH - 4,
                        colour,
                        esc(m.candidate()),
                        esc(m.key()),
                        100 * m.value(),
                        100 * m.lower(),
                        100 * m.upper(),
                        labelW + scale * m.lower(),
                        by + (rowH - 4) / 2,
                        labelW + scale * m.upper(),
                        by + (rowH - 4) / 2,
                        labelW + scale * m.upper() + 4,
                        by + rowH - 6,
                        100 * m.value()));
            }
            y += perKey;
        }
        h.append("</svg>\n");
    }

    private static void metricTable(StringBuilder h, ScreenReport r, List<String> names) {
        h.append("<h2>Metrics</h2><table><tr><th>metric</th><th>category</th>");
        names.forEach(n -> h.append("<th>").append(esc(n)).append("</th>"));
        h.append("</tr>\n");
        Map<String, Map<String, Metric>> rows = new LinkedHashMap<>();
        r.metrics()
                .forEach(m -> rows.computeIfAbsent(m.key() + "\u0000" + m.category(), k -> new LinkedHashMap<>())
                        .put(m.candidate(), m));
        for (var row : rows.entrySet()) {
            String[] parts = row.getKey().split("\u0000", -1);
            h.append("<tr><td>")
                    .append(esc(parts[0]))
                    .append("</td><td>")
                    .append(esc(parts[1].isEmpty() ? "(all)" : parts[1]))
                    .append("</td>");
            for (String n : names) {
                Metric m = row.getValue().get(n);
                h.append("<td class=num>")
                        .append(m == null ? "" : esc(format(m)))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (r.metrics().stream().anyMatch(m -> m.key().contains(".copyright_proxy."))) {
            h.append("<p><b>Proxy, not HarmBench's measure:</b> <code>copyright_proxy</code> rates count copyright")
                    .append(" requests answered without refusal and with a long verbatim-looking passage, because no")
                    .append(" reference text was supplied for them. Give the texts with <code>--copyright-refs DIR")
                    .append("</code> (<code>&lt;BehaviorID&gt;.txt</code>) to measure reproduction itself.</p>\n");
        }
    }

    private static void unmeasured(StringBuilder h, ScreenReport r) {
        if (r.unmeasured().isEmpty()) {
            return;
        }
        h.append("<h2>Not measurable</h2><p>These items are left out of their metric, not counted as 0.</p>")
                .append("<table><tr><th>candidate</th><th>metric</th><th>items</th><th>reason</th></tr>\n");
        for (Unmeasured u : r.unmeasured()) {
            h.append("<tr><td>")
                    .append(esc(u.candidate()))
                    .append("</td><td>")
                    .append(esc(u.metric()))
                    .append("</td><td class=num>")
                    .append(u.items())
                    .append("</td><td>")
                    .append(esc(u.reason()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    static String format(Metric m) {
        if (m.kind().equals("score")) {
            return String.format(Locale.ROOT, "%+.3f", m.value());
        }
        if (m.kind().equals("mean")) {
            return String.format(
                    Locale.ROOT,
                    "%.1f%% [%.1f, %.1f] (mean of %d)",
                    100 * m.value(),
                    100 * m.lower(),
                    100 * m.upper(),
                    m.trials());
        }
        String deff = m.designEffect() > 1.0001 ? String.format(Locale.ROOT, " deff %.2f", m.designEffect()) : "";
        return String.format(
                Locale.ROOT,
                "%.1f%% [%.1f, %.1f] (%d/%d%s)",
                100 * m.value(),
                100 * m.lower(),
                100 * m.upper(),
                m.successes(),
                m.trials(),
                deff);
    }

    private static void adversarial(StringBuilder h, ScreenReport r) {
        if (!r.firstBreaks().isEmpty()) {
            h.append("<h2>First transform that breaks each candidate</h2><table><tr><th>candidate</th>")
                    .append("<th>transform</th><th>harmful requests flipped from refusal to compliance</th></tr>\n");
            for (FirstBreak b : r.firstBreaks()) {
                h.append("<tr><td>")
                        .append(esc(b.candidate()))
                        .append("</td><td>")
                        .append(esc(b.transform() == null ? "none broke it" : b.transform()))
                        .append("</td><td class=num>")
                        .append(b.flipped())
                        .append(" of ")
                        .append(b.refusedPlain())
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (r.judgeAgreement() != null) {
            h.append(String.format(
                    Locale.ROOT,
                    "<p>Judge agreement with the refusal detector: Cohen's kappa %.3f,"
                            + " raw agreement %.1f%% on %d answers.</p>%n",
                    r.judgeAgreement().kappa(),
                    100 * r.judgeAgreement().agreement(),
                    r.judgeAgreement().items()));
        }
    }

    private static void claims(StringBuilder h, ScreenReport r) {
        if (r.claims().isEmpty()) {
            return;
        }
        h.append("<h2>Claimed (model card) vs measured</h2><table><tr><th>candidate</th><th>dataset</th>")
                .append("<th>metric</th><th>claimed</th><th>measured</th><th>source</th></tr>\n");
        for (var c : r.claims()) {
            h.append("<tr><td>")
                    .append(esc(c.candidate()))
                    .append("</td><td>")
                    .append(esc(c.dataset()))
                    .append("</td><td>")
                    .append(esc(c.metric()))
                    .append("</td><td class=num>")
                    .append(String.format(Locale.ROOT, "%.4g", c.claimed()))
                    .append("</td><td class=num>")
                    .append(
                            c.measured() == null
                                    ? "not measured"
                                    : esc(c.measuredKey()) + " = " + String.format(Locale.ROOT, "%.4g", c.measured()))
                    .append("</td><td>")
                    .append(esc(c.source()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void items(StringBuilder h, ScreenReport r, List<String> names) {
        h.append("<h2>Items</h2><p>").append(r.items().size()).append(" items; open one to compare answers.</p>\n");
        for (var item : r.items()) {
            String outcomes = item.answers().stream()
                    .map(a -> a.candidate() + ": " + a.outcome())
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            h.append("<details><summary>")
                    .append(esc(item.suite() + "/" + item.id()))
                    .append(" <small>[")
                    .append(esc(item.category()))
                    .append(", ")
                    .append(esc(item.transform()))
                    .append(", expects ")
                    .append(esc(item.expected()))
                    .append("]</small> ")
                    .append(esc(outcomes))
                    .append("</summary>\n");
            for (ChatMessage m : item.messages()) {
                h.append("<p><b>")
                        .append(esc(m.role()))
                        .append(":</b></p><pre>")
                        .append(esc(m.content()))
                        .append("</pre>\n");
            }
            h.append("<table><tr>");
            names.forEach(n -> h.append("<th>").append(esc(n)).append("</th>"));
            h.append("</tr><tr>");
            for (String n : names) {
                h.append("<td>");
                item.answers().stream()
                        .filter(a -> a.candidate().equals(n))
                        .forEach(a -> h.append("<p class=\"")
                                .append(esc(a.outcome()))
                                .append("\">")
                                .append(esc(a.outcome()))
                                .append(a.refused() ? " (refused)" : "")
                                .append(" &middot; ")
                                .append(esc(a.detail()))
                                .append("</p><pre>")
                                .append(esc(a.error() != null ? "ERROR: " + a.error() : a.content()))
                                .append("</pre>"));
                h.append("</td>");
            }
            h.append("</tr></table></details>\n");
        }
    }
}
