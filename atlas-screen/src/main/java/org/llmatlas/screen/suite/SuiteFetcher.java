package org.llmatlas.screen.suite;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.llmatlas.screen.suite.BuiltinSuite.SourceFile;

/**
 * Gets the files of a built-in suite: from the cache when they are there and intact, else downloaded from their
 * original URLs, or from a local copy ({@code --suite-file}: a file, or a directory holding a multi-file suite's files)
 * for offline machines. Every path checks each file against its digest: pinned in the registry, else locked in the
 * project's {@code atlas-suites.lock}, else locked in the cache's lock when it was first downloaded (trust on first
 * use). A corrupted cache, a changed upstream file or a wrong local copy stops the run with a message naming the
 * file, both digests and the fix, instead of producing figures for different data. The licence is reported on every
 * use.
 */
public final class SuiteFetcher {

    /**
     * A verified file of a suite.
     *
     * @param source the published file it is, or {@code null} for a local file that matches none (not pinned)
     * @param path where it is
     * @param sha256 its digest
     */
    public record Fetched(BuiltinSuite.SourceFile source, Path path, String sha256) {}

    /** The digest a file must have and who says so; {@code lock} is {@code null} for a registry pin. */
    private record Pin(String sha256, String origin, Path lock) {}

    private final Path cacheDir;
    private final Path projectLock;
    private final HttpClient http;
    private final Consumer<String> notices;

    /** A fetcher with no project lock. */
    public SuiteFetcher(Path cacheDir, Consumer<String> notices) {
        this(cacheDir, null, notices);
    }

    /**
     * @param projectLock a project's {@code atlas-suites.lock}, read and never written; {@code null} or a missing
     *     file for none
     */
    public SuiteFetcher(Path cacheDir, Path projectLock, Consumer<String> notices) {
        this.cacheDir = cacheDir;
        this.projectLock = projectLock;
        this.notices = notices;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** {@code $ATLAS_CACHE_DIR/suites}, else {@code ~/.cache/llm-atlas/suites}. */
    public static Path defaultCacheDir(Map<String, String> env) {
        String configured = env.get("ATLAS_CACHE_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).resolve("suites");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "llm-atlas", "suites");
    }

    /** The lock this fetcher writes digests to on first download. */
    public Path cacheLock() {
        return cacheDir.resolve(SuiteLock.FILE_NAME);
    }

    /**
     * The verified files of {@code suite}, in registry order: the local copy's when given, else the cache's, else
     * downloaded ones.
     */
    public List<Fetched> fetch(BuiltinSuite suite, Path localCopy) {
        notices.accept("suite " + suite.id() + ": " + suite.title() + " (licence " + suite.licence() + ", source "
                + BuiltinSuite.source(suite.files()) + ")");
        SuiteLock project = SuiteLock.read(projectLock);
        SuiteLock cache = SuiteLock.read(cacheLock());
        if (localCopy != null) {
            return local(suite, localCopy, project, cache);
        }
        List<Fetched> out = new ArrayList<>();
        boolean trusted = false;
        for (SourceFile f : suite.files()) {
            Pin pin = pin(f, project, cache);
            if (pin == null) {
                out.add(trustOnFirstUse(suite, f, cache));
                trusted = true;
            } else {
                out.add(cachedOrDownloaded(suite, f, pin));
            }
        }
        if (trusted) {
            notices.accept("suite " + suite.id() + ": to pin these files for every machine, copy " + cache.file()
                    + " into your project as " + SuiteLock.FILE_NAME
                    + "; every later download and --suite-file copy is checked against it");
        }
        return out;
    }

    private static Pin pin(SourceFile f, SuiteLock project, SuiteLock cache) {
        if (f.sha256() != null) {
            return new Pin(f.sha256(), "pinned in this release", null);
        }
        Optional<String> locked = project.digest(f.url());
        if (locked.isPresent()) {
            return new Pin(locked.get(), "locked in " + project.file(), project.file());
        }
        return cache.digest(f.url())
                .map(d -> new Pin(d, "trusted on first use and locked in " + cache.file(), cache.file()))
                .orElse(null);
    }

    private Fetched cachedOrDownloaded(BuiltinSuite suite, SourceFile f, Pin pin) {
        Path cached = cacheDir.resolve(suite.id()).resolve(pin.sha256()).resolve(f.name());
        if (Files.isRegularFile(cached)) {
            String actual = sha256(cached);
            if (pin.sha256().equals(actual)) {
                return new Fetched(f, cached, actual);
            }
            notices.accept("suite " + suite.id() + ": cached copy " + cached + " is corrupt; downloading again");
        }
        Path partial = cached.resolveSibling(f.name() + ".part");
        String actual = download(suite, f, partial);
        if (!pin.sha256().equals(actual)) {
            deleteQuietly(partial);
            String fix = pin.lock() == null
                    ? ". The upstream file changed or the download was altered; nothing was cached."
                            + " Fix: pass --suite-file with a copy of the pinned version"
                    : ". A file at a commit-pinned URL does not change, so the download was altered or the lock is"
                            + " wrong; nothing was cached. Fix: check proxies and mirrors; if you trust the new bytes,"
                            + " delete the line for " + f.url() + " from " + pin.lock() + " and run again;"
                            + " or pass --suite-file with a copy that matches the lock";
            throw new SuiteException(mismatch(suite, f, f.url(), pin, actual) + fix);
        }
        return new Fetched(f, move(partial, cached), actual);
    }

    private Fetched trustOnFirstUse(BuiltinSuite suite, SourceFile f, SuiteLock cache) {
        Path dir = cacheDir.resolve(suite.id());
        Path partial = dir.resolve(f.name() + "." + ProcessHandle.current().pid() + ".part");
        String actual = download(suite, f, partial);
        Path target = move(partial, dir.resolve(actual).resolve(f.name()));
        cache.record(f.url(), actual);
        notices.accept("suite " + suite.id() + ": " + f.name() + " has no digest in this release; trusted on first"
                + " use: SHA-256 " + actual + " recorded in " + cache.file());
        return new Fetched(f, target, actual);
    }

    private List<Fetched> local(BuiltinSuite suite, Path copy, SuiteLock project, SuiteLock cache) {
        Map<Path, SourceFile> files = new LinkedHashMap<>();
        if (Files.isDirectory(copy)) {
            List<String> missing = new ArrayList<>();
            for (SourceFile f : suite.files()) {
                Path p = copy.resolve(f.name());
                if (Files.isRegularFile(p)) {
                    files.put(p, f);
                } else {
                    missing.add(f.name());
                }
            }
            if (files.isEmpty()) {
                throw new SuiteException("--suite-file " + copy + " for suite " + suite.id() + " holds none of its"
                        + " files "
                        + suite.files().stream().map(SourceFile::name).toList()
                        + ". Fix: put copies of " + BuiltinSuite.source(suite.files()) + " there, named as published");
            }
            if (!missing.isEmpty()) {
                notices.accept("suite " + suite.id() + ": " + copy + " lacks " + missing + "; screening the other "
                        + files.size() + " file(s) only");
            }
        } else if (Files.isRegularFile(copy)) {
            String name = copy.getFileName().toString();
            files.put(
                    copy,
                    suite.files().size() == 1
                            ? suite.files().getFirst()
                            : suite.files().stream()
                                    .filter(f -> f.name().equals(name))
                                    .findFirst()
                                    .orElse(null));
        } else {
            throw new SuiteException("--suite-file " + copy + " for suite " + suite.id()
                    + " does not exist. Fix: give the path of a copy of " + BuiltinSuite.source(suite.files())
                    + (suite.files().size() > 1 ? ", or of a directory holding those files" : ""));
        }
        List<Fetched> out = new ArrayList<>();
        files.forEach((path, f) -> {
            String actual = sha256(path);
            Pin pin = f == null ? null : pin(f, project, cache);
            if (pin == null) {
                notices.accept(
                        "suite " + suite.id() + ": local file " + path + " is not pinned; recorded SHA-256 " + actual);
            } else if (!pin.sha256().equals(actual)) {
                throw new SuiteException(mismatch(suite, f, path.toString(), pin, actual)
                        + ". Fix: use an unmodified copy of " + f.url() + " (no re-encoding or line-ending changes)"
                        + (pin.lock() == null
                                ? ""
                                : "; if the lock is wrong, delete the line for " + f.url() + " from " + pin.lock()));
            }
            out.add(new Fetched(f, path, actual));
        });
        return out;
    }

    /** Downloads {@code f} into {@code partial} and returns its digest. */
    private String download(BuiltinSuite suite, SourceFile f, Path partial) {
        notices.accept("suite " + suite.id() + ": downloading " + f.url());
        HttpResponse<InputStream> response;
        try {
            Files.createDirectories(partial.getParent());
            var request = HttpRequest.newBuilder(URI.create(f.url()))
                    .timeout(Duration.ofMinutes(2))
                    .GET()
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new SuiteException(
                    "cannot download suite " + suite.id() + " from " + f.url() + ": " + e
                            + ". Fix: check the network, or pass --suite-file with a local copy",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("download of suite " + suite.id() + " interrupted", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new SuiteException("cannot download suite " + suite.id() + " from " + f.url() + ": HTTP "
                        + response.statusCode() + ". Fix: pass --suite-file with a local copy");
            }
            Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new SuiteException("cannot store suite " + suite.id() + " in " + partial + ": " + e.getMessage(), e);
        }
        return sha256(partial);
    }

    private static Path move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return to;
        } catch (IOException e) {
            throw new SuiteException("cannot store " + to + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale .part file is overwritten by the next download
        }
    }

    private static String mismatch(BuiltinSuite suite, SourceFile f, String where, Pin pin, String actual) {
        return "SHA-256 mismatch for suite " + suite.id() + " file " + f.name() + " (" + where + "): expected "
                + pin.sha256() + " (" + pin.origin() + "), got " + actual;
    }

    /** Hex SHA-256 of a file. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new SuiteException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
