package org.llmatlas.screen.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SHA-256 of suite files that this release cannot pin in its source (BBQ: the files could not be fetched when the
 * registry was written), trusted on first download and checked on every later use. One line per file,
 * {@code <sha256>  <url>}, keyed by the commit-pinned URL so that a registry moving to another commit starts afresh.
 *
 * <p>The fetcher keeps one in its cache and writes to it; a copy checked into a project ({@code atlas-suites.lock})
 * is read first and never written, so a team pins the bytes once and every machine is held to them.
 */
public final class SuiteLock {

    /** The lock's file name, in the suite cache and (copied) in a project. */
    public static final String FILE_NAME = "atlas-suites.lock";

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})\\s+(\\S+)");

    private final Path file;
    private final Map<String, String> byUrl;

    private SuiteLock(Path file, Map<String, String> byUrl) {
        this.file = file;
        this.byUrl = byUrl;
    }

    /** The lock in {@code file}; empty when the file does not exist. */
    public static SuiteLock read(Path file) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (file != null && Files.isRegularFile(file)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SuiteException("cannot read suite lock " + file + ": " + e.getMessage(), e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                var m = LINE.matcher(line);
                if (!m.matches()) {
                    throw SuiteException.at(
                            file,
                            i + 1,
                            "not a lock line",
                            "write '<64 lower-case hex digits>  <url>', or delete the line to trust the file anew");
                }
                entries.put(m.group(2), m.group(1));
            }
        }
        return new SuiteLock(file, entries);
    }

    public Path file() {
        return file;
    }

    /** The locked digest of the file at {@code url}. */
    public Optional<String> digest(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** Adds (or replaces) the digest of {@code url} and rewrites the file atomically. */
    void record(String url, String sha256) {
        byUrl.put(url, sha256);
        var text = new StringBuilder()
                .append("# ")
                .append(FILE_NAME)
                .append(": SHA-256 of built-in suite files trusted on first download (atlas screen).\n")
                .append("# Copy this file into your project as ")
                .append(FILE_NAME)
                .append(" to pin these bytes for every machine.\n")
                .append("# A line: <sha256>  <url at a fixed commit>. Delete a line to trust that file anew.\n");
        byUrl.forEach((u, d) -> text.append(d).append("  ").append(u).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(
                    file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new SuiteException("cannot write suite lock " + file + ": " + e.getMessage(), e);
        }
    }
}
