package org.llmatlas.screen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.screen.bench.BenchProbes;
import org.llmatlas.screen.engine.store.Journal;
import org.llmatlas.screen.suite.Probe;
import org.llmatlas.screen.testing.ScriptedOpenAiServer;
import tools.jackson.databind.json.JsonMapper;

/** A run killed with SIGKILL and started again repeats no finished item and loses none. */
class KillAndResumeTest {

    private static final int ITEMS = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path out;

    @Test
    void runKilledWithSigkillResumesWithoutRepeatingOrLosingItems() throws Exception {
        try (ScriptedOpenAiServer server = ScriptedOpenAiServer.start().latency(Duration.ofMillis(25))) {
            Path journal = out.resolve(Journal.FILE_NAME);
            Process first = child(server.baseUrl());
            waitForLines(journal, 40, first);
            first.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
            Set<String> finishedBeforeKill = prompts(journal);
            assertThat(finishedBeforeKill).hasSizeBetween(40, ITEMS - 1);

            Process second = child(server.baseUrl());
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isZero();

            Map<String, Integer> asked = server.requestCounts();
            assertThat(finishedBeforeKill)
                    .allSatisfy(p -> assertThat(asked.get(p)).as(p).isEqualTo(1));
            List<String> all =
                    BenchProbes.mixed(ITEMS).stream().map(Probe::prompt).toList();
            assertThat(prompts(journal)).containsExactlyInAnyOrderElementsOf(all);
            assertThat(Files.readAllLines(journal)).hasSize(ITEMS);
            // only the few requests in flight at the kill may have been sent twice
            assertThat(server.requests()).isBetween(ITEMS, ITEMS + 4);
        }
    }

    private Process child(String baseUrl) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ResumeChild.class.getName(),
                        baseUrl,
                        out.toString(),
                        Integer.toString(ITEMS))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(
                        out.resolveSibling(out.getFileName() + "-child.err").toFile())
                .start();
    }

    private static void waitForLines(Path journal, int lines, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(journal)
                    && Files.readAllLines(journal, StandardCharsets.UTF_8).size() >= lines) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError(
                "the child run never wrote " + lines + " journal lines (alive: " + process.isAlive() + ")");
    }

    /** The prompts of the complete journal lines. */
    private static Set<String> prompts(Path journal) throws IOException {
        Map<String, String> byId =
                BenchProbes.mixed(ITEMS).stream().collect(Collectors.toMap(Probe::key, Probe::prompt));
        String text = Files.readString(journal);
        String complete = text.substring(0, text.lastIndexOf('\n') + 1);
        return complete.lines()
                .map(line -> JSON.readTree(line).path("item").asString())
                .map(item -> byId.get(item.split("\\|")[1]))
                .collect(Collectors.toSet());
    }
}
