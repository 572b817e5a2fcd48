package org.llmatlas.screen.engine.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.llmatlas.screen.engine.ChatResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Successful answers on disk, one small JSON file per {@link RequestKey} ({@code ab/abcdef….json}). Files are
 * written to a temporary name and moved into place, so concurrent runs and a kill mid-write never leave a
 * half-written entry; an unreadable entry counts as a miss. Errors are never cached.
 */
public final class ResponseCache {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;

    public ResponseCache(Path dir) {
        this.dir = dir;
    }

    /** {@code $ATLAS_CACHE_DIR/responses}, else {@code ~/.cache/llm-atlas/responses} (next to the suite cache). */
    public static Path defaultDir(Map<String, String> env) {
        String configured = env.get("ATLAS_CACHE_DIR");
        Path base = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "llm-atlas");
        return base.resolve("responses");
    }

    public Optional<ChatResult> get(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return Optional.of(ChatResult.ok(
                            node.path("content").stringValue(""),
                            node.path("prompt_tokens").asInt(0),
                            node.path("completion_tokens").asInt(0),
                            Duration.ofMillis(node.path("latency_ms").asLong(0)))
                    .withTopLogprobs(Alternatives.read(node)));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    public void put(String key, ChatResult result) {
        if (!result.succeeded()) {
            return;
        }
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            // not Files.createTempFile: its SecureRandom can block for seconds on a fresh machine
            Path tmp = file.resolveSibling(key + "." + ProcessHandle.current().pid() + "."
                    + Thread.currentThread().threadId() + ".tmp");
            var node = JSON.createObjectNode()
                    .put("content", result.content())
                    .put("prompt_tokens", result.promptTokens())
                    .put("completion_tokens", result.completionTokens())
                    .put("latency_ms", result.latency().toMillis());
            Alternatives.write(node, result.topLogprobs());
            JSON.writeValue(tmp.toFile(), node);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write response cache entry " + file, e);
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
