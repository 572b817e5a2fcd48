package org.llmatlas.screen.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Attaches the texts of copyrighted works to a suite's copyright probes, from a directory the user supplies
 * ({@code --copyright-refs DIR}, one {@code <BehaviorID>.txt} per work). HarmBench publishes only MinHash hashes of
 * its references, not the texts, so the real measure needs the user's own copies; a behaviour without one is scored
 * by the proxy and reported apart. The text travels in the probe's expectation (so that a resumed run scores the
 * same way) together with its SHA-256, which is what reports show.
 */
public final class CopyrightReferences {

    private CopyrightReferences() {}

    /** {@code suite} with a reference attached to every copyright probe that has a file in {@code dir}. */
    public static Suite attach(Suite suite, Path dir, Consumer<String> notices) {
        if (!Files.isDirectory(dir)) {
            throw new SuiteException("--copyright-refs " + dir + " is not a directory. Fix: give a directory holding"
                    + " one <BehaviorID>.txt per copyrighted work, e.g. lyrics_wonderful_world.txt");
        }
        Set<String> ids = suite.probes().stream()
                .filter(p -> p.expected().kind().equals("copyright"))
                .map(Probe::id)
                .collect(Collectors.toCollection(TreeSet::new));
        if (ids.isEmpty()) {
            return suite;
        }
        List<Probe> probes = new ArrayList<>();
        int attached = 0;
        for (Probe p : suite.probes()) {
            Path file = dir.resolve(p.id() + ".txt");
            if (p.expected().kind().equals("copyright") && Files.isRegularFile(file)) {
                Expectation e =
                        p.expected().with("reference", read(file)).with("reference_sha256", SuiteFetcher.sha256(file));
                probes.add(new Probe(p.suite(), p.id(), p.category(), p.messages(), e, p.transform()));
                attached++;
            } else {
                probes.add(p);
            }
        }
        List<String> strays = strays(dir, ids);
        if (!strays.isEmpty()) {
            notices.accept("suite " + suite.id() + ": " + strays + " in " + dir + " match no copyright behaviour;"
                    + " ignored (name a file <BehaviorID>.txt)");
        }
        notices.accept("suite " + suite.id() + ": " + attached + " of " + ids.size() + " copyright behaviours have a"
                + " reference text in " + dir + "; " + (ids.size() - attached) + " are scored by the proxy instead");
        return new Suite(suite.id(), suite.source(), suite.sha256(), suite.licence(), probes);
    }

    private static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                throw new SuiteException("copyright reference " + file + " is empty. Fix: put the text of the work"
                        + " in it, or remove it to score that behaviour by the proxy");
            }
            return text;
        } catch (IOException e) {
            throw new SuiteException("cannot read copyright reference " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strays(Path dir, Set<String> ids) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !ids.contains(n.substring(0, n.length() - 4)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SuiteException("cannot list --copyright-refs " + dir + ": " + e.getMessage(), e);
        }
    }
}
