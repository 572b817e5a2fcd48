package org.llmatlas.screen.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A registry entry for a published benchmark: the files it consists of (one for most benchmarks, eleven for BBQ),
 * where each lives at a fixed commit, its SHA-256 when the release can pin it, and the licence. Pinning means a run
 * screens exactly the bytes the authors published, and a changed upstream file is noticed instead of silently
 * changing every figure. A file without a digest here is pinned on first use instead ({@link SuiteLock}); either
 * way, the commit in the URL is the first pin.
 */
public record BuiltinSuite(String id, String title, String licence, List<SourceFile> files, SuiteParser parser) {

    /**
     * One published file.
     *
     * @param name the file name, as cached and as looked for in a {@code --suite-file} directory
     * @param url where the authors publish it, at a fixed commit
     * @param sha256 its digest, or {@code null} when this release could not compute it (trust on first use)
     */
    public record SourceFile(String name, String url, String sha256) {

        public SourceFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
        }
    }

    public BuiltinSuite {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("suite " + id + " has no files");
        }
    }

    /** A single-file benchmark. */
    static BuiltinSuite of(
            String id, String title, String url, String sha256, String licence, String fileName, SuiteParser parser) {
        return new BuiltinSuite(id, title, licence, List.of(new SourceFile(fileName, url, sha256)), parser);
    }

    /** The same entry with other files (a mirror, or a test server). */
    public BuiltinSuite withFiles(List<SourceFile> other) {
        return new BuiltinSuite(id, title, licence, other, parser);
    }

    /**
     * Where {@code used} come from, in one string: the URL of a single file, else the common prefix and suffix of
     * the URLs around a brace list, e.g. {@code https://…/data/{Age,Religion}.jsonl}.
     */
    static String source(List<SourceFile> used) {
        if (used.size() == 1) {
            return used.getFirst().url();
        }
        List<String> urls = used.stream().map(SourceFile::url).toList();
        String prefix = urls.getFirst();
        for (String u : urls) {
            while (!u.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
        }
        int start = prefix.length();
        List<String> rests = urls.stream().map(u -> u.substring(start)).toList();
        String suffix = rests.getFirst();
        for (String r : rests) {
            while (!r.endsWith(suffix)) {
                suffix = suffix.substring(1);
            }
        }
        int cut = suffix.length();
        List<String> middles =
                rests.stream().map(r -> r.substring(0, r.length() - cut)).toList();
        return prefix + "{" + String.join(",", middles) + "}" + suffix;
    }

    /** The probes of all {@code paths}, file by file. */
    List<Probe> parse(List<Path> paths) {
        List<Probe> probes = new ArrayList<>();
        paths.forEach(p -> probes.addAll(parser.parse(id, p)));
        return probes;
    }
}
