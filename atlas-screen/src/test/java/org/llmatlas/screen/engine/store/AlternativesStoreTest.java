package org.llmatlas.screen.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.ChatResult;
import org.llmatlas.screen.engine.TokenLogprob;

/** An answer with token alternatives, served from the cache or replayed from the journal, scores like a fresh one. */
class AlternativesStoreTest {

    @TempDir
    Path dir;

    private static final List<TokenLogprob> ALTERNATIVES =
            List.of(new TokenLogprob("B", -0.105), new TokenLogprob(" B", -2.4), new TokenLogprob("(A", -4.75));
    private static final ChatResult RESULT =
            ChatResult.ok("B", 40, 1, Duration.ofMillis(12)).withTopLogprobs(ALTERNATIVES);

    @Test
    void theCacheKeepsTheAlternatives() {
        var cache = new ResponseCache(dir);
        cache.put("ab12", RESULT);
        assertThat(cache.get("ab12")).contains(RESULT);
        cache.put("cd34", ChatResult.ok("plain", 1, 1, Duration.ZERO));
        assertThat(cache.get("cd34").orElseThrow().topLogprobs()).isEmpty();
    }

    @Test
    void theJournalKeepsTheAlternativesAcrossARestart() {
        try (Journal journal = Journal.open(dir)) {
            journal.append(new JournalEntry("a|truthfulqa/q001.mc2#none|0", "key", RESULT, false));
        }
        try (Journal reopened = Journal.open(dir)) {
            assertThat(reopened.entries().get("a|truthfulqa/q001.mc2#none|0").result())
                    .isEqualTo(RESULT);
        }
    }

    @Test
    void aRequestForAlternativesHasItsOwnKey() {
        var candidate = new Candidate("a", "http://127.0.0.1:9/v1", "m", null, null, null);
        var messages = List.of(ChatMessage.user("Q?\n\nA. x\nB. y"));
        assertThat(RequestKey.of(new ChatRequest(candidate, messages, null, 20), 0))
                .isNotEqualTo(RequestKey.of(new ChatRequest(candidate, messages, null), 0));
    }
}
