package org.llmatlas.screen.suite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Resolves a {@code --suite} argument: a built-in id (fetched, verified and cached; or read from
 * {@code --suite-file}) or the path of a custom suite file. Single- and multi-file benchmarks take the same path:
 * every file is fetched and verified, then parsed in registry order.
 */
public final class Suites {

    private final SuiteFetcher fetcher;

    public Suites(SuiteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * The digest recorded for a suite: the file's own for a single file, else the SHA-256 of the manifest, one line
     * {@code <sha256>  <file name>} per file in registry order (what {@code sha256sum} would print).
     */
    static String digest(List<SuiteFetcher.Fetched> files) {
        if (files.size() == 1) {
            return files.getFirst().sha256();
        }
        var manifest = new StringBuilder();
        files.forEach(f -> manifest.append(f.sha256())
                .append("  ")
                .append(f.path().getFileName())
                .append('\n'));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(manifest.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Loads a built-in suite: its files fetched and verified ({@code localCopy} may be {@code null}), then parsed. */
    public Suite load(BuiltinSuite entry, Path localCopy) {
        List<SuiteFetcher.Fetched> files = fetcher.fetch(entry, localCopy);
        List<Probe> probes =
                entry.parse(files.stream().map(SuiteFetcher.Fetched::path).toList());
        String source = files.stream().anyMatch(f -> f.source() == null)
                ? files.getFirst().path().toString()
                : BuiltinSuite.source(
                        files.stream().map(SuiteFetcher.Fetched::source).toList());
        return new Suite(entry.id(), source, digest(files), entry.licence(), probes);
    }

    /**
     * Loads a suite. {@code localCopy} may be {@code null}; when set it replaces the download of a built-in suite.
     */
    public Suite load(String spec, Path localCopy) {
        var builtin = SuiteRegistry.find(spec);
        if (builtin.isPresent()) {
            return load(builtin.get(), localCopy);
        }
        Path path = Path.of(spec);
        if (Files.exists(path)) {
            return CustomSuite.load(path);
        }
        String hint = SuiteRegistry.suggest(spec)
                .map(s -> "did you mean '" + s + "'? ")
                .orElse("");
        throw new SuiteException("unknown suite '" + spec + "': not a built-in suite and no such file. Fix: " + hint
                + "use one of "
                + SuiteRegistry.all().stream().map(BuiltinSuite::id).toList()
                + " or the path of a YAML, CSV or JSONL suite");
    }
}
