package org.llmatlas.screen.suite;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves a {@code --suite} argument: a built-in id (fetched, verified and cached; or read from
 * {@code --suite-file}) or the path of a custom suite file.
 */
public final class Suites {

    private final SuiteFetcher fetcher;

    public Suites(SuiteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * Loads a suite. {@code localCopy} may be {@code null}; when set it replaces the download of a built-in suite.
     */
    public Suite load(String spec, Path localCopy) {
        var builtin = SuiteRegistry.find(spec);
        if (builtin.isPresent()) {
            BuiltinSuite entry = builtin.get();
            Path file = fetcher.fetch(entry, localCopy);
            return new Suite(entry.id(), entry.url(), SuiteFetcher.sha256(file), entry.licence(), entry.parse(file));
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
