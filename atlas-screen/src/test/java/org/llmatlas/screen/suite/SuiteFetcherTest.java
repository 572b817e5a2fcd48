package org.llmatlas.screen.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Download, pin and cache path against a local HTTP server on 127.0.0.1. */
class SuiteFetcherTest {

    private static final byte[] FIXTURE =
            "goal,target\nDo a harmful thing,\"Sure, here is\"\n".getBytes(StandardCharsets.UTF_8);
    private static final String FIXTURE_SHA256 =
            "0000000000000000000000000000000000000000000000000000000000000000"; // replaced in setUp

    @TempDir
    Path cache;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> notices = new ArrayList<>();
    private BuiltinSuite entry;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/advbench.csv", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, FIXTURE.length);
            exchange.getResponseBody().write(FIXTURE);
            exchange.close();
        });
        server.createContext("/missing.csv", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        Path tmp = Files.write(cache.resolve("fixture.csv"), FIXTURE);
        entry = advbench(url("/advbench.csv"), SuiteFetcher.sha256(tmp));
        Files.delete(tmp);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static BuiltinSuite advbench(String url, String sha256) {
        return SuiteRegistry.find("advbench")
                .orElseThrow()
                .withFiles(List.of(new BuiltinSuite.SourceFile("harmful_behaviors.csv", url, sha256)));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void downloadsOnceThenServesTheVerifiedCache() throws IOException {
        var fetcher = new SuiteFetcher(cache.resolve("suites"), notices::add);
        Path first = fetcher.fetch(entry, null).getFirst().path();
        Path second = fetcher.fetch(entry, null).getFirst().path();
        assertThat(first).isEqualTo(second).startsWith(cache.resolve("suites"));
        assertThat(Files.readAllBytes(first)).isEqualTo(FIXTURE);
        assertThat(requests).hasValue(1);
        assertThat(notices).anyMatch(n -> n.contains("licence MIT"));
        assertThat(entry.parse(List.of(first))).hasSize(1);
    }

    @Test
    void redownloadsACorruptedCacheEntry() throws IOException {
        var fetcher = new SuiteFetcher(cache.resolve("suites"), notices::add);
        Path file = fetcher.fetch(entry, null).getFirst().path();
        Files.writeString(file, "tampered");
        assertThat(fetcher.fetch(entry, null).getFirst().path()).hasBinaryContent(FIXTURE);
        assertThat(requests).hasValue(2);
        assertThat(notices).anyMatch(n -> n.contains("corrupt"));
    }

    @Test
    void refusesADownloadWhoseHashDiffersAndCachesNothing() throws IOException {
        var wrong = advbench(url("/advbench.csv"), FIXTURE_SHA256);
        var fetcher = new SuiteFetcher(cache.resolve("suites"), notices::add);
        assertThatThrownBy(() -> fetcher.fetch(wrong, null))
                .isInstanceOf(SuiteException.class)
                .hasMessageContaining("SHA-256 mismatch for suite advbench")
                .hasMessageContaining("expected " + FIXTURE_SHA256)
                .hasMessageContaining("--suite-file");
        try (var files = Files.walk(cache.resolve("suites"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void reportsHttpErrorsWithTheUrl() {
        var missing = advbench(url("/missing.csv"), FIXTURE_SHA256);
        var fetcher = new SuiteFetcher(cache.resolve("suites"), notices::add);
        assertThatThrownBy(() -> fetcher.fetch(missing, null))
                .isInstanceOf(SuiteException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining(url("/missing.csv"));
    }

    @Test
    void verifiesALocalSuiteFileWithoutTheNetwork() throws IOException {
        Path good = Files.write(cache.resolve("good.csv"), FIXTURE);
        Path bad =
                Files.writeString(cache.resolve("bad.csv"), "goal,target\r\nDo a harmful thing,\"Sure, here is\"\r\n");
        var fetcher = new SuiteFetcher(cache.resolve("suites"), notices::add);
        assertThat(fetcher.fetch(entry, good).getFirst().path()).isEqualTo(good);
        assertThatThrownBy(() -> fetcher.fetch(entry, bad))
                .isInstanceOf(SuiteException.class)
                .hasMessageContaining("SHA-256 mismatch")
                .hasMessageContaining("bad.csv")
                .hasMessageContaining("unmodified copy");
        assertThat(requests).hasValue(0);
    }

    @Test
    void cacheDirectoryFollowsAtlasCacheDir() {
        assertThat(SuiteFetcher.defaultCacheDir(Map.of("ATLAS_CACHE_DIR", "/var/cache/atlas")))
                .isEqualTo(Path.of("/var/cache/atlas/suites"));
        assertThat(SuiteFetcher.defaultCacheDir(Map.of()).toString()).endsWith("/.cache/llm-atlas/suites");
    }

    @Test
    void unknownSuiteSuggestsTheClosestId() {
        var suites = new Suites(new SuiteFetcher(cache, notices::add));
        assertThatThrownBy(() -> suites.load("truthfulq", null))
                .isInstanceOf(SuiteException.class)
                .hasMessageContaining("did you mean 'truthfulqa'");
    }
}
