package org.llmatlas.screen.engine.store;

import java.time.Duration;
import java.util.List;
import org.llmatlas.screen.engine.ChatResult;
import org.llmatlas.screen.engine.TokenLogprob;

/**
 * One answered item as the journal records it.
 *
 * @param item which item of the run ({@code candidate|suite/id#transform|sample})
 * @param request the {@link RequestKey}; an item whose request changed since (other model, prompt or sampling)
 *     is not taken from the journal
 * @param result the answer or error
 * @param cached whether the answer came from the response cache
 */
public record JournalEntry(String item, String request, ChatResult result, boolean cached) {

    static JournalEntry of(
            String item,
            String request,
            String content,
            int prompt,
            int completion,
            long latencyMs,
            String error,
            boolean cached,
            List<TokenLogprob> topLogprobs) {
        return new JournalEntry(
                item,
                request,
                new ChatResult(content, prompt, completion, Duration.ofMillis(latencyMs), error, topLogprobs),
                cached);
    }
}
