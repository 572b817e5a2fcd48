package org.llmatlas.screen.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.llmatlas.screen.bench.BenchProbes;
import org.llmatlas.screen.engine.openai.OpenAiChatClient;

/**
 * A screening run in a process of its own, for {@link KillAndResumeTest} to kill with SIGKILL:
 * {@code ResumeChild BASE_URL OUT_DIR ITEMS}.
 */
public final class ResumeChild {

    private ResumeChild() {}

    public static void main(String[] args) {
        Candidate candidate = new Candidate("a", args[0], "balanced", null, null, null);
        EngineSettings settings = EngineSettings.DEFAULTS
                .withConcurrency(4)
                .withTimeout(Duration.ofSeconds(10))
                .withOutDir(Path.of(args[1]));
        try (OpenAiChatClient client = new OpenAiChatClient()) {
            List<Answer> answers = ScreenRun.of(
                            BenchProbes.mixed(Integer.parseInt(args[2])), List.of(candidate), settings, client)
                    .execute();
            System.out.println("ANSWERS " + answers.size());
        }
    }
}
