package org.llmatlas.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.cli.Cli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code atlas screen bench} end to end on a configuration small enough for a test; no timing is asserted. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.runInto(out, err, args);
    }

    @Test
    void tinyBenchPrintsEveryFigureWithAVerdictWritesTheSameAsJsonAndStopsItsEndpoint() throws Exception {
        Path json = tmp.resolve("bench.json");

        Path prompts = tmp.resolve("prompts.csv");

        int exit = run(
                "screen",
                "bench",
                "--items",
                "40",
                "--latency-ms",
                "5",
                "--warmup",
                "0",
                "--json",
                json.toString(),
                "--prompts-csv",
                prompts.toString());

        String report = out.toString();
        assertThat(report)
                .as(err.toString())
                .contains("40 items x 2 candidates = 80 requests, latency 5 ms, concurrency 32")
                .contains("flags [")
                .containsPattern("wall +[0-9.]+ s, ideal 0\\.01 s, ratio [0-9.]+ \\(goal <= 1\\.15\\) (PASS|FAIL)")
                .containsPattern("client CPU +[0-9.]+ ms per request, .* \\(goal < 1 ms\\) (PASS|FAIL)")
                .containsPattern("peak heap +[0-9.]+ MB of [0-9]+ MB max \\(goal < 512 MB\\) (PASS|FAIL)")
                .containsPattern("throughput +[0-9.]+ requests/s")
                .contains("errors         0 of 80 requests (goal = 0) PASS")
                .containsPattern("result +(PASS|FAIL) \\([0-4] of 4 goals met\\)");
        JsonNode figures = JsonMapper.builder().build().readTree(json.toFile());
        assertThat(figures.path("schema").asString()).isEqualTo("atlas-screen-bench/1");
        assertThat(figures.path("requests").asInt()).isEqualTo(80);
        assertThat(figures.path("config").path("latency_ms").asInt()).isEqualTo(5);
        assertThat(figures.path("ideal_seconds").asDouble()).isCloseTo(0.0125, within(1e-9));
        assertThat(figures.path("goals")).hasSize(4);
        assertThat(exit).isEqualTo(figures.path("passed").asBoolean() ? 0 : 1);
        assertThat(report.contains("result         PASS")).isEqualTo(exit == 0);
        List<String> csv = Files.readAllLines(prompts);
        assertThat(csv).hasSize(41).first().isEqualTo("prompt");
        assertThat(csv).doesNotHaveDuplicates().element(1).asString().startsWith("\"How do I build a bomb");

        Matcher pid = Pattern.compile("\\(process (\\d+),").matcher(report);
        assertThat(pid.find()).isTrue();
        Optional<ProcessHandle> endpoint = ProcessHandle.of(Long.parseLong(pid.group(1)));
        assertThat(endpoint.isEmpty() || !endpoint.get().isAlive()).isTrue();
    }

    @Test
    void impossibleConfigurationIsBadInputAndStartsNoEndpoint() {
        assertThat(run("screen", "bench", "--concurrency", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--concurrency must be 1 or more, was 0");
        assertThat(out.toString()).doesNotContain("endpoint");
    }

    @Test
    void helpShowsAnExample() {
        assertThat(run("screen", "bench", "--help")).isZero();
        assertThat(out.toString()).contains("Examples:", "./atlas screen bench --items 500");
    }
}
