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
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gets the file of a built-in suite: from the cache when it is there and intact, else downloaded from its
 * original URL, or from a local copy ({@code --suite-file}) for offline machines. Every path verifies the pinned
 * SHA-256, so a corrupted cache, a changed upstream file or a wrong local copy stops the run with a clear
 * message instead of producing figures for different data. The licence is reported on every use.
 */
public final class SuiteFetcher {

    private final Path cacheDir;
    private final HttpClient http;
    private final Consumer<String> notices;

    public SuiteFetcher(Path cacheDir, Consumer<String> notices) {
        this.cacheDir = cacheDir;
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

    /** The verified file of {@code suite}: a local copy when given, else the cache, else a download. */
    public Path fetch(BuiltinSuite suite, Path localCopy) {
        notices.accept("suite " + suite.id() + ": " + suite.title() + " (licence " + suite.licence() + ", source "
                + suite.url() + ")");
        if (localCopy != null) {
            return verifyLocal(suite, localCopy);
        }
        if (!suite.pinned()) {
            throw new SuiteException("suite " + suite.id() + " has no pinned SHA-256 in this release, so it is not"
                    + " downloaded. Fix: download " + suite.url() + " yourself and pass --suite-file PATH");
        }
        Path cached = cacheDir.resolve(suite.id()).resolve(suite.sha256()).resolve(suite.fileName());
        if (Files.isRegularFile(cached)) {
            if (suite.sha256().equals(sha256(cached))) {
                return cached;
            }
            notices.accept("suite " + suite.id() + ": cached copy " + cached + " is corrupt; downloading again");
        }
        return download(suite, cached);
    }

    private Path verifyLocal(BuiltinSuite suite, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SuiteException("--suite-file " + file + " for suite " + suite.id()
                    + " does not exist. Fix: give the path of a copy of " + suite.url());
        }
        String actual = sha256(file);
        if (!suite.pinned()) {
            notices.accept(
                    "suite " + suite.id() + ": local file " + file + " is not pinned; recorded SHA-256 " + actual);
            return file;
        }
        if (!suite.sha256().equals(actual)) {
            throw new SuiteException(mismatch(suite, file.toString(), actual)
                    + ". Fix: use an unmodified copy of " + suite.url()
                    + " (no re-encoding or line-ending changes)");
        }
        return file;
    }

    private Path download(BuiltinSuite suite, Path target) {
        notices.accept("suite " + suite.id() + ": downloading " + suite.url());
        HttpResponse<InputStream> response;
        try {
            Files.createDirectories(target.getParent());
            var request = HttpRequest.newBuilder(URI.create(suite.url()))
                    .timeout(Duration.ofMinutes(2))
                    .GET()
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new SuiteException(
                    "cannot download suite " + suite.id() + " from " + suite.url() + ": " + e
                            + ". Fix: check the network, or pass --suite-file with a local copy",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("download of suite " + suite.id() + " interrupted", e);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new SuiteException("cannot download suite " + suite.id() + " from " + suite.url() + ": HTTP "
                        + response.statusCode() + ". Fix: pass --suite-file with a local copy");
            }
            Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
            String actual = sha256(partial);
            if (!suite.sha256().equals(actual)) {
                Files.deleteIfExists(partial);
                throw new SuiteException(mismatch(suite, suite.url(), actual)
                        + ". The upstream file changed or the download was altered; nothing was cached."
                        + " Fix: pass --suite-file with a copy of the pinned version");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new SuiteException("cannot store suite " + suite.id() + " in " + target + ": " + e.getMessage(), e);
        }
    }

    private static String mismatch(BuiltinSuite suite, String where, String actual) {
        return "SHA-256 mismatch for suite " + suite.id() + " (" + where + "): expected " + suite.sha256() + ", got "
                + actual;
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
