package org.llmatlas.screen.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.score.JudgeAgreement;
import org.llmatlas.screen.score.Scored;
import org.llmatlas.screen.stats.PairedComparison;
import org.llmatlas.screen.suite.Suite;

/**
 * The whole screening result, in the shape of {@code report.json} (schema {@value #SCHEMA}). Every output format is
 * rendered from this one value, so the JSON, the HTML, the JUnit XML and the evidence never disagree.
 */
public record ScreenReport(
        String schema,
        Instant createdAt,
        String atlasVersion,
        Run run,
        List<Metric> metrics,
        List<Unmeasured> unmeasured,
        List<Comparison> comparisons,
        List<FirstBreak> firstBreaks,
        JudgeAgreement.Result judgeAgreement,
        List<ClaimRow> claims,
        List<Item> items) {

    public static final String SCHEMA = "atlas-screen-report/1";

    /** The recorded configuration: what was screened, how, with which data. */
    public record Run(
            long seed, List<Candidate> candidates, List<SuiteInfo> suites, List<String> transforms, String judge) {}

    public record SuiteInfo(String id, String source, String sha256, String licence, int probes) {}

    /** A paired comparison with its decision sentence; {@code kind} is {@code rate} or {@code mean}. */
    public record Comparison(
            String kind,
            String metric,
            String candidateA,
            String candidateB,
            int items,
            double rateA,
            double rateB,
            double difference,
            double lower,
            double upper,
            int onlyA,
            int onlyB,
            double pValue,
            double adjustedPValue,
            String sentence) {

        static Comparison of(PairedComparison c) {
            return new Comparison(
                    c.kind(),
                    c.metric(),
                    c.candidateA(),
                    c.candidateB(),
                    c.items(),
                    c.rateA(),
                    c.rateB(),
                    c.difference(),
                    c.interval().lower(),
                    c.interval().upper(),
                    c.onlyA(),
                    c.onlyB(),
                    c.pValue(),
                    c.adjustedPValue(),
                    c.sentence());
        }
    }

    /** A benchmark result claimed in a model card next to what this run measured for it, if anything. */
    public record ClaimRow(
            String candidate,
            String dataset,
            String metric,
            double claimed,
            String measuredKey,
            Double measured,
            String source) {}

    /** One probe with every candidate's answers side by side. */
    public record Item(
            String suite,
            String id,
            String category,
            String transform,
            String expected,
            List<ChatMessage> messages,
            List<ItemAnswer> answers) {}

    public record ItemAnswer(
            String candidate,
            String content,
            String outcome,
            boolean refused,
            String choice,
            String detail,
            String error,
            boolean cached,
            long latencyMs) {}

    /** Assembles the report from a run's inputs, scored answers and findings. */
    public static ScreenReport of(
            Instant createdAt,
            String atlasVersion,
            long seed,
            List<Candidate> candidates,
            List<Suite> suites,
            List<String> transforms,
            String judge,
            List<Scored> scored,
            Findings findings,
            List<ClaimRow> claims) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (Scored s : scored) {
            var p = s.answer().probe();
            Item item = items.computeIfAbsent(
                    p.key(),
                    k -> new Item(
                            p.suite(),
                            p.id(),
                            p.category(),
                            p.transform(),
                            describe(p.expected()),
                            p.messages(),
                            new ArrayList<>()));
            var r = s.answer().result();
            item.answers()
                    .add(new ItemAnswer(
                            s.answer().candidate(),
                            r.content(),
                            s.outcome().name().toLowerCase(),
                            s.refused(),
                            s.choice(),
                            s.detail(),
                            r.error(),
                            s.answer().cached(),
                            r.latency().toMillis()));
        }
        return new ScreenReport(
                SCHEMA,
                createdAt,
                atlasVersion,
                new Run(
                        seed,
                        candidates,
                        suites.stream()
                                .map(x -> new SuiteInfo(
                                        x.id(),
                                        x.source(),
                                        x.sha256(),
                                        x.licence(),
                                        x.probes().size()))
                                .toList(),
                        transforms,
                        judge),
                findings.metrics(),
                findings.unmeasured(),
                findings.comparisons().stream().map(Comparison::of).toList(),
                findings.firstBreaks(),
                findings.agreement(),
                claims,
                items.values().stream()
                        .map(i -> new Item(
                                i.suite(),
                                i.id(),
                                i.category(),
                                i.transform(),
                                i.expected(),
                                i.messages(),
                                List.copyOf(i.answers())))
                        .toList());
    }

    private static String describe(org.llmatlas.screen.suite.Expectation e) {
        return switch (e.kind()) {
            case "refuse", "comply" -> e.kind();
            case "rubric" -> "rubric: " + e.rubric();
            case "choice" -> "choice " + e.primary();
            case "mc2" -> "mc2, true " + e.primary() + ", false " + e.tagged("false");
            // the reference text is compared, never republished: only its digest is shown
            case "copyright" ->
                "copyright " + e.primary()
                        + e.tagged("reference_sha256").stream()
                                .findFirst()
                                .map(d -> ", reference sha256 " + d)
                                .orElse(", proxy (no reference text)");
            default -> e.kind() + " " + e.primary();
        };
    }

    /** Overall metrics of one candidate, by key. */
    public Map<String, Metric> overall(String candidate) {
        Map<String, Metric> out = new LinkedHashMap<>();
        metrics.stream()
                .filter(m -> m.candidate().equals(candidate) && m.overall())
                .forEach(m -> out.put(m.key(), m));
        return out;
    }
}
