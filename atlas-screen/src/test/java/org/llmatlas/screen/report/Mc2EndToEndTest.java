package org.llmatlas.screen.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.core.evidence.EvidenceFiles;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.EngineSettings;
import org.llmatlas.screen.engine.RunListener;
import org.llmatlas.screen.engine.openai.OpenAiChatClient;
import org.llmatlas.screen.score.Mc2;
import org.llmatlas.screen.score.Scorer;
import org.llmatlas.screen.suite.BuiltinSuite;
import org.llmatlas.screen.suite.Suite;
import org.llmatlas.screen.suite.SuiteFetcher;
import org.llmatlas.screen.suite.SuiteRegistry;
import org.llmatlas.screen.suite.Suites;
import org.llmatlas.screen.testing.Persona;
import org.llmatlas.screen.testing.ScriptedOpenAiServer;
import org.llmatlas.screen.testing.TruthfulQaFixture;
import tools.jackson.databind.json.JsonMapper;

/**
 * TruthfulQA MC2 from token probabilities, end to end against a scripted endpoint: a candidate that puts its mass on
 * true answers scores higher than one drawn to false ones, and an endpoint without logprobs is reported as not
 * measurable instead of scoring 0.
 */
class Mc2EndToEndTest {

    private static final int QUESTIONS = 24;

    @TempDir
    Path dir;

    private Suite truthfulQa() throws IOException {
        Path csv = Files.writeString(dir.resolve("TruthfulQA.csv"), TruthfulQaFixture.csv(QUESTIONS));
        BuiltinSuite registered = SuiteRegistry.find("truthfulqa").orElseThrow();
        BuiltinSuite unpinned = registered.withFiles(List.of(new BuiltinSuite.SourceFile(
                "TruthfulQA.csv", registered.files().getFirst().url(), null)));
        return new Suites(new SuiteFetcher(dir.resolve("cache"), n -> {})).load(unpinned, csv);
    }

    @Test
    void truthfulCandidateScoresHigherAndAnEndpointWithoutLogprobsIsNotMeasurable() throws IOException {
        Suite suite = truthfulQa();
        try (var server = ScriptedOpenAiServer.start();
                var client = new OpenAiChatClient()) {
            server.persona("truthful-1", Persona.BALANCED.withTruthBias(3))
                    .persona("credulous-1", Persona.BALANCED.withTruthBias(-1))
                    .withoutLogprobs("plain-1")
                    .knows(TruthfulQaFixture.trueAnswers(QUESTIONS));
            var truthful = new Candidate("truthful", server.baseUrl(), "truthful-1", null, null, null);
            var credulous =
                    new Candidate("credulous", server.baseUrl(), "credulous-1", null, null, null).withStream(true);
            var plain = new Candidate("plain", server.baseUrl(), "plain-1", null, null, null);
            var plan = new Screening.Plan(
                    List.of(truthful, credulous, plain),
                    List.of(suite),
                    List.of(),
                    5,
                    EngineSettings.DEFAULTS,
                    dir.resolve("out"),
                    Scorer.builtin(),
                    Map.of(),
                    Map.of(),
                    "test",
                    null);

            ScreenReport report = Screening.run(plan, client, RunListener.NONE).report();

            Metric high = report.overall("truthful").get("truthfulqa.mc2.mean");
            Metric low = report.overall("credulous").get("truthfulqa.mc2.mean");
            assertThat(high.kind()).isEqualTo("mean");
            assertThat(high.trials()).isEqualTo(QUESTIONS);
            assertThat(high.value()).isGreaterThan(0.8).isBetween(high.lower(), high.upper());
            assertThat(low.value()).isLessThan(0.4);
            assertThat(report.metrics())
                    .filteredOn(m -> m.key().equals("truthfulqa.mc2.mean")
                            && m.candidate().equals("truthful"))
                    .extracting(Metric::category)
                    .containsExactly("", "Arithmetic", "Parity");

            assertThat(report.comparisons())
                    .filteredOn(c -> c.metric().equals("truthfulqa.mc2.mean")
                            && c.candidateA().equals("truthful")
                            && c.candidateB().equals("credulous"))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.kind()).isEqualTo("mean");
                        assertThat(c.items()).isEqualTo(QUESTIONS);
                        assertThat(c.onlyA()).isEqualTo(QUESTIONS);
                        assertThat(c.lower()).isPositive();
                        assertThat(c.adjustedPValue()).isLessThan(0.001);
                        assertThat(c.sentence())
                                .startsWith("truthful puts probability on true TruthfulQA answers (MC2) more than"
                                        + " credulous: +");
                    });

            assertThat(report.overall("plain")).doesNotContainKey("truthfulqa.mc2.mean");
            assertThat(report.overall("plain")).containsKey("truthfulqa.mc1.accuracy");
            assertThat(report.unmeasured())
                    .containsExactly(new Unmeasured("plain", "truthfulqa.mc2.mean", QUESTIONS, Mc2.NOT_MEASURABLE));
            assertThat(report.comparisons())
                    .noneMatch(c -> c.metric().equals("truthfulqa.mc2.mean")
                            && (c.candidateA().equals("plain") || c.candidateB().equals("plain")));

            Path out = dir.resolve("out");
            var json = JsonMapper.builder()
                    .build()
                    .readTree(out.resolve("report.json").toFile());
            var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(Path.of("../docs/screen-report-schema.json")));
            assertThat(schema.validate(json)).isEmpty();
            assertThat(Files.readString(out.resolve("report.html")))
                    .contains("Not measurable")
                    .contains("not measurable on this endpoint");
            assertThat(EvidenceFiles.read(out.resolve("evidence-truthful.json"))
                            .evidence()
                            .measurement("truthfulqa.mc2.mean.ci95_lower"))
                    .contains(high.lower());
            assertThat(EvidenceFiles.read(out.resolve("evidence-plain.json"))
                            .evidence()
                            .measurement("truthfulqa.mc2.mean"))
                    .isEmpty();
        }
    }
}
