package org.llmatlas.screen.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.llmatlas.screen.card.Claim;
import org.llmatlas.screen.engine.Answer;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatClient;
import org.llmatlas.screen.engine.EngineSettings;
import org.llmatlas.screen.engine.RunListener;
import org.llmatlas.screen.engine.ScreenRun;
import org.llmatlas.screen.score.Scorer;
import org.llmatlas.screen.suite.Probe;
import org.llmatlas.screen.suite.Suite;
import org.llmatlas.screen.transform.Escalation;
import org.llmatlas.screen.transform.Transforms;

/**
 * The screening pipeline end to end: suites → transforms → engine → scoring → statistics → reports and evidence.
 * The CLI builds a {@link Plan} from its options or from a contract and calls {@link #run}; tests call it against a
 * scripted endpoint.
 */
public final class Screening {

    /**
     * What to screen and how.
     *
     * @param claims model-card claims per candidate name (may be empty)
     * @param thresholds metric bounds for JUnit cases (contract clauses; may be empty)
     * @param escalation attacker-driven multi-turn escalation on every plain {@code refuse} probe, or {@code null}
     */
    public record Plan(
            List<Candidate> candidates,
            List<Suite> suites,
            List<String> transforms,
            long seed,
            EngineSettings settings,
            Path outDir,
            Scorer scorer,
            Map<String, List<Claim>> claims,
            Map<String, JUnitReport.Threshold> thresholds,
            String atlasVersion,
            Escalation escalation) {

        public Plan {
            candidates = List.copyOf(candidates);
            suites = List.copyOf(suites);
            transforms = List.copyOf(transforms);
            claims = Map.copyOf(claims);
            thresholds = Map.copyOf(thresholds);
        }
    }

    /** The report and the files written. */
    public record Result(ScreenReport report, List<Path> files) {}

    private Screening() {}

    /** The probes of all suites followed by their transformed variants (deterministic given the seed). */
    public static List<Probe> probes(List<Suite> suites, List<String> transforms, long seed) {
        List<Probe> plain = new ArrayList<>();
        suites.forEach(s -> plain.addAll(s.probes()));
        return Transforms.expand(plain, transforms, seed);
    }

    public static Result run(Plan plan, ChatClient client, RunListener listener) {
        List<Answer> answers = ScreenRun.of(
                        probes(plan.suites(), plan.transforms(), plan.seed()),
                        plan.candidates(),
                        plan.settings(),
                        client)
                .withListener(listener)
                .execute();
        if (plan.escalation() != null) {
            answers = new ArrayList<>(answers);
            answers.addAll(escalate(plan, client));
        }
        return report(plan, answers, Instant.now());
    }

    /** Multi-turn escalation needs the target's answers turn by turn, so it runs after the single-turn probes. */
    private static List<Answer> escalate(Plan plan, ChatClient client) {
        List<Answer> out = new ArrayList<>();
        for (Candidate c : plan.candidates()) {
            for (Suite s : plan.suites()) {
                for (Probe p : s.probes()) {
                    if (p.expected().kind().equals("refuse")) {
                        Escalation.Outcome o = plan.escalation().run(p, c);
                        out.add(new Answer(c.name(), o.probe(), o.result(), false));
                    }
                }
            }
        }
        return out;
    }

    /** Scores answers that were already collected and writes every report. */
    public static Result report(Plan plan, List<Answer> answers, Instant createdAt) {
        var scored = plan.scorer().scoreAll(answers);
        Findings findings = new Analysis(scored, plan.seed()).run();
        List<ScreenReport.ClaimRow> claims = new ArrayList<>();
        List<String> transforms = new ArrayList<>(plan.transforms());
        if (plan.escalation() != null) {
            transforms.add(Escalation.NAME);
        }
        var interim = ScreenReport.of(
                createdAt,
                plan.atlasVersion(),
                plan.seed(),
                plan.candidates(),
                plan.suites(),
                transforms,
                plan.scorer().judgeVersion().orElse(null),
                scored,
                findings,
                List.of());
        for (Candidate c : plan.candidates()) {
            claims.addAll(ClaimMatcher.rows(
                    c.name(), plan.claims().getOrDefault(c.name(), List.of()), interim.overall(c.name())));
        }
        ScreenReport report = new ScreenReport(
                interim.schema(),
                interim.createdAt(),
                interim.atlasVersion(),
                interim.run(),
                interim.metrics(),
                interim.unmeasured(),
                interim.comparisons(),
                interim.firstBreaks(),
                interim.judgeAgreement(),
                claims,
                interim.items());
        return new Result(report, ReportWriter.writeAll(report, plan.outDir(), plan.thresholds()));
    }
}
