package org.llmatlas.cli.screen;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.llmatlas.screen.bench.BenchConfig;
import org.llmatlas.screen.bench.BenchProbes;
import org.llmatlas.screen.bench.BenchReport;
import org.llmatlas.screen.bench.BenchResult;
import org.llmatlas.screen.bench.EndpointProcess;
import org.llmatlas.screen.bench.EngineBench;
import org.llmatlas.screen.engine.openai.OpenAiChatClient;
import org.llmatlas.screen.suite.Probe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code atlas screen bench}: checks the screening engine's speed and memory goals on the user's own machine, the way
 * the project checks them, instead of a timed test. Starts a loopback endpoint with a fixed latency in a JVM of its
 * own, screens {@code items × candidates} requests against it and judges wall time, client CPU per request and peak
 * heap against the goals; exit 0 when all are met, 1 when one is not.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark the screening engine against a loopback endpoint with a fixed latency (in its own process).",
            "Goals: wall <= 1.15 x ideal (items x candidates x latency / concurrency), < 1 ms client CPU per"
                    + " request, peak heap < 512 MB, no errors."
        },
        footer = {
            "",
            "Examples:",
            "  ./atlas screen bench",
            "  ./atlas screen bench --items 500 --latency-ms 20 --concurrency 16 --stream --json bench.json",
            "",
            "Timings depend on the machine's load: run it on an otherwise idle machine.",
            "Exit codes: 0 every goal met, 1 a goal missed, 2 bad input or the endpoint did not start."
        })
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--items",
            paramLabel = "N",
            defaultValue = "2000",
            description = "Items (default ${DEFAULT-VALUE}).")
    int items;

    @Option(
            names = "--candidates",
            paramLabel = "N",
            defaultValue = "2",
            description = "Candidates, each asked every item (default ${DEFAULT-VALUE}).")
    int candidates;

    @Option(
            names = "--latency-ms",
            paramLabel = "MS",
            defaultValue = "50",
            description = "The endpoint's latency per request (default ${DEFAULT-VALUE}).")
    int latencyMs;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "32",
            description = "Requests in flight (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--stream", description = "Request streamed (SSE) answers.")
    boolean stream;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "500",
            description = "Items sent first and not measured: class loading and compilation stay out of the"
                    + " figures (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(
            names = "--prompts-csv",
            paramLabel = "FILE",
            description = "Also write the measured items' prompts as CSV (column 'prompt'), to run a peer tool on the"
                    + " same items (bench/promptfoo-side-by-side.sh).")
    Path promptsCsv;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchConfig config;
        try {
            config = new BenchConfig(items, candidates, Duration.ofMillis(latencyMs), concurrency, stream, warmup);
        } catch (IllegalArgumentException e) {
            err.println("atlas screen bench: " + e.getMessage());
            err.flush();
            return ScreenCommand.BAD_INPUT;
        }
        try {
            if (promptsCsv != null) {
                writePrompts(promptsCsv, config.items());
                out.println("wrote " + promptsCsv);
            }
        } catch (IOException e) {
            err.println("atlas screen bench: cannot write " + promptsCsv + ": " + e.getMessage());
            err.flush();
            return ScreenCommand.BAD_INPUT;
        }
        try (EndpointProcess endpoint = EndpointProcess.start(config.latency());
                OpenAiChatClient client = new OpenAiChatClient()) {
            out.printf(
                    "endpoint       %s (process %d, %d ms latency)%n", endpoint.baseUrl(), endpoint.pid(), latencyMs);
            out.flush();
            BenchResult result = EngineBench.run(config, endpoint.baseUrl(), client);
            out.print(BenchReport.text(result));
            if (json != null) {
                Path parent = json.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.writeString(json, BenchReport.json(result, endpoint.baseUrl()), StandardCharsets.UTF_8);
                out.println("wrote " + json);
            }
            out.flush();
            return result.passed() ? ScreenCommand.OK : ScreenCommand.THRESHOLD_NOT_MET;
        } catch (IOException e) {
            err.println("atlas screen bench: " + e.getMessage());
            err.flush();
            return ScreenCommand.BAD_INPUT;
        }
    }

    private static void writePrompts(Path file, int items) throws IOException {
        StringBuilder csv = new StringBuilder("prompt\n");
        for (Probe probe : BenchProbes.mixed(items)) {
            csv.append('"').append(probe.prompt().replace("\"", "\"\"")).append("\"\n");
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
