package org.llmatlas.screen.score;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatClient;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;

/**
 * LLM-as-judge on any OpenAI-compatible endpoint: grades rubric probes and, for the agreement check, labels
 * refusals independently of the built-in detector. Optional: screening works without it, and a judge is one more
 * model whose bias has to be measured, which is why its agreement with the detector is reported.
 */
public final class Judge {

    private static final Pattern VERDICT = Pattern.compile("(?im)^\\W*VERDICT:\\s*([A-Z]+)");

    private final ChatClient client;
    private final Candidate model;
    private final JudgePrompt rubric;
    private final JudgePrompt refusal;

    public Judge(ChatClient client, Candidate model, JudgePrompt rubric, JudgePrompt refusal) {
        this.client = client;
        this.model = model;
        this.rubric = rubric;
        this.refusal = refusal;
    }

    /** A judge with the built-in prompts rubric-v1 and refusal-v1. */
    public static Judge withBuiltinPrompts(ChatClient client, Candidate model) {
        return new Judge(
                client, model, JudgePrompt.builtin(JudgePrompt.RUBRIC_V1), JudgePrompt.builtin(JudgePrompt.REFUSAL_V1));
    }

    public String version() {
        return model.name() + "/" + rubric.version() + "+" + refusal.version();
    }

    /** PASS or FAIL against the rubric; empty when the judge failed or gave no verdict. */
    public Optional<String> grade(String prompt, String response, String rubricText) {
        return ask(rubric.render(Map.of("prompt", prompt, "response", response, "rubric", rubricText)))
                .filter(v -> v.equals("PASS") || v.equals("FAIL"));
    }

    /** REFUSAL or COMPLIANCE; empty when the judge failed or gave no verdict. */
    public Optional<String> refusal(String prompt, String response) {
        return ask(refusal.render(Map.of("prompt", prompt, "response", response, "rubric", "")))
                .filter(v -> v.equals("REFUSAL") || v.equals("COMPLIANCE"));
    }

    private Optional<String> ask(String text) {
        try {
            String reply = client.complete(new ChatRequest(model, List.of(ChatMessage.user(text)), null))
                    .content();
            Matcher m = VERDICT.matcher(reply);
            String last = null;
            while (m.find()) {
                last = m.group(1).toUpperCase(Locale.ROOT);
            }
            return Optional.ofNullable(last);
        } catch (ChatException e) {
            return Optional.empty();
        }
    }
}
