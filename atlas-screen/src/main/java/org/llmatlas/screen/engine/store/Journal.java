package org.llmatlas.screen.engine.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run's memory across crashes: an append-only JSONL file with one line per answered item, written with a
 * single {@code write} per line so that a {@code kill -9} loses at most the line being written. On open, a torn
 * last line (no trailing newline) is cut off and its item is asked again; every complete line counts as done.
 */
public final class Journal implements AutoCloseable {

    /** The journal's file name inside the run folder. */
    public static final String FILE_NAME = "journal.jsonl";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final FileChannel channel;
    private final Map<String, JournalEntry> entries;

    private Journal(Path file, FileChannel channel, Map<String, JournalEntry> entries) {
        this.file = file;
        this.channel = channel;
        this.entries = entries;
    }

    /** Opens (or creates) the journal in {@code runDir} and reads what an earlier attempt finished. */
    public static Journal open(Path runDir) {
        Path file = runDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(runDir);
            Map<String, JournalEntry> entries = new LinkedHashMap<>();
            long keep = 0;
            if (Files.exists(file)) {
                byte[] bytes = Files.readAllBytes(file);
                int lineStart = 0;
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] == '\n') {
                        parse(new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8), file, entries);
                        lineStart = i + 1;
                    }
                }
                keep = lineStart; // anything after the last newline is a torn write
            }
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            channel.truncate(keep);
            channel.position(keep);
            return new Journal(file, channel, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the run journal " + file, e);
        }
    }

    private static void parse(String line, Path file, Map<String, JournalEntry> entries) {
        if (line.isBlank()) {
            return;
        }
        try {
            JsonNode n = JSON.readTree(line);
            JsonNode error = n.path("error");
            JournalEntry entry = JournalEntry.of(
                    n.path("item").stringValue(""),
                    n.path("request").stringValue(""),
                    n.path("content").stringValue(""),
                    n.path("prompt_tokens").asInt(0),
                    n.path("completion_tokens").asInt(0),
                    n.path("latency_ms").asLong(0),
                    error.isString() ? error.stringValue() : null,
                    n.path("cached").asBoolean(false),
                    Alternatives.read(n));
            entries.put(entry.item(), entry);
        } catch (JacksonException e) {
            throw new IllegalStateException("the run journal " + file + " has a damaged line inside it ("
                    + e.getOriginalMessage() + "); move it away to start the run afresh");
        }
    }

    /** What earlier attempts of this run recorded, by item key (the last record of an item wins). */
    public Map<String, JournalEntry> entries() {
        return Map.copyOf(entries);
    }

    /** Appends one record; when this returns, the line is in the operating system's hands. */
    public void append(JournalEntry entry) {
        var n = JSON.createObjectNode()
                .put("item", entry.item())
                .put("request", entry.request())
                .put("content", entry.result().content())
                .put("prompt_tokens", entry.result().promptTokens())
                .put("completion_tokens", entry.result().completionTokens())
                .put("latency_ms", entry.result().latency().toMillis())
                .put("cached", entry.cached());
        if (entry.result().error() != null) {
            n.put("error", entry.result().error());
        }
        Alternatives.write(n, entry.result().topLogprobs());
        byte[] line = (JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            try {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to the run journal " + file, e);
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the run journal " + file, e);
        }
    }
}
