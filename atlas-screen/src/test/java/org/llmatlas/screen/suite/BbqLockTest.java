package org.llmatlas.screen.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.screen.testing.BbqFixture;

/**
 * BBQ as eleven files with no digest in the source: trust on first download, the lock in the cache, a project lock,
 * local copies (directory or single file) checked against the lock, against a local HTTP server that serves small
 * BBQ-format files written here.
 */
class BbqLockTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> notices = new ArrayList<>();
    private BuiltinSuite bbq;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/bbq/", exchange -> {
            requests.incrementAndGet();
            byte[] body = served.get(exchange.getRequestURI().getPath().substring("/bbq/".length()));
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        BuiltinSuite registered = SuiteRegistry.find("bbq").orElseThrow();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/bbq/";
        bbq = registered.withFiles(registered.files().stream()
                .map(f -> new BuiltinSuite.SourceFile(f.name(), base + f.name(), f.sha256()))
                .toList());
        for (var f : registered.files()) {
            served.put(
                    f.name(), BbqFixture.jsonl(f.name().replace(".jsonl", "")).getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private SuiteFetcher fetcher() {
        return new SuiteFetcher(
                dir.resolve("cache"), dir.resolve("project").resolve(SuiteLock.FILE_NAME), notices::add);
    }

    @Test
    void theRegistryPinsBbqByCommitToElevenCategoryFilesWithoutDigests() {
        BuiltinSuite registered = SuiteRegistry.find("bbq").orElseThrow();
        assertThat(registered.files())
                .extracting(BuiltinSuite.SourceFile::name)
                .containsExactly(
                        "Age.jsonl",
                        "Disability_status.jsonl",
                        "Gender_identity.jsonl",
                        "Nationality.jsonl",
                        "Physical_appearance.jsonl",
                        "Race_ethnicity.jsonl",
                        "Race_x_SES.jsonl",
                        "Race_x_gender.jsonl",
                        "Religion.jsonl",
                        "SES.jsonl",
                        "Sexual_orientation.jsonl");
        assertThat(registered.files())
                .allSatisfy(f -> assertThat(f.url())
                        .isEqualTo("https://raw.githubusercontent.com/nyu-mll/BBQ/"
                                + "1b155a1f914d29ace6172666340116352e6534ae/data/" + f.name()))
                .allSatisfy(f -> assertThat(f.sha256()).isNull());
    }

    @Test
    void firstDownloadTrustsAndLocksEveryFileThenLaterRunsUseTheVerifiedCache() throws Exception {
        Suite suite = new Suites(fetcher()).load(bbq, null);
        assertThat(requests).hasValue(11);
        assertThat(suite.probes()).hasSize(22);
        assertThat(suite.probes().stream().map(Probe::category).distinct()).hasSize(11);
        assertThat(suite.source())
                .startsWith("http://127.0.0.1:")
                .endsWith("/bbq/{Age,Disability_status,Gender_identity,Nationality,Physical_appearance,"
                        + "Race_ethnicity,Race_x_SES,Race_x_gender,Religion,SES,Sexual_orientation}.jsonl");

        Path lock = dir.resolve("cache").resolve(SuiteLock.FILE_NAME);
        List<String> lines = Files.readAllLines(lock).stream()
                .filter(l -> !l.startsWith("#"))
                .toList();
        var manifest = new StringBuilder();
        for (var f : bbq.files()) {
            String digest = sha256(served.get(f.name()));
            assertThat(lines).contains(digest + "  " + f.url());
            manifest.append(digest).append("  ").append(f.name()).append('\n');
        }
        assertThat(lines).hasSize(11);
        assertThat(suite.sha256()).isEqualTo(sha256(manifest.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(notices)
                .anyMatch(n -> n.contains("Age.jsonl has no digest in this release; trusted on first use"))
                .anyMatch(n -> n.contains("copy " + lock) && n.contains("as atlas-suites.lock"));

        notices.clear();
        Suite again = new Suites(fetcher()).load(bbq, null);
        assertThat(requests).hasValue(11);
        assertThat(again.sha256()).isEqualTo(suite.sha256());
        assertThat(notices).noneMatch(n -> n.contains("trusted on first use"));
    }

    @Test
    void aChangedUpstreamFileIsRefusedWithBothDigestsAndTheFix() throws Exception {
        List<SuiteFetcher.Fetched> first = fetcher().fetch(bbq, null);
        String locked = sha256(served.get("Religion.jsonl"));
        Path cached = first.stream()
                .filter(f -> f.source().name().equals("Religion.jsonl"))
                .findFirst()
                .orElseThrow()
                .path();
        Files.writeString(cached, "corrupted on disk");
        byte[] changed = BbqFixture.jsonl("Religion").replace("forgot", "lost").getBytes(StandardCharsets.UTF_8);
        served.put("Religion.jsonl", changed);

        assertThatThrownBy(() -> fetcher().fetch(bbq, null))
                .isInstanceOf(SuiteException.class)
                .hasMessageContaining("SHA-256 mismatch for suite bbq file Religion.jsonl")
                .hasMessageContaining("expected " + locked)
                .hasMessageContaining("got " + sha256(changed))
                .hasMessageContaining("trusted on first use and locked in "
                        + dir.resolve("cache").resolve(SuiteLock.FILE_NAME))
                .hasMessageContaining(
                        "delete the line for " + bbq.files().get(8).url());
        assertThat(notices).anyMatch(n -> n.contains("is corrupt; downloading again"));
        assertThat(Files.readString(dir.resolve("cache").resolve(SuiteLock.FILE_NAME)))
                .contains(locked)
                .doesNotContain(sha256(changed));
    }

    @Test
    void aProjectLockPinsTheFilesAndWinsOverTheCache() throws Exception {
        Path projectLock = Files.createDirectories(dir.resolve("project")).resolve(SuiteLock.FILE_NAME);
        var text = new StringBuilder("# pinned by the team\n");
        for (var f : bbq.files()) {
            text.append(sha256(served.get(f.name())))
                    .append("  ")
                    .append(f.url())
                    .append('\n');
        }
        Files.writeString(projectLock, text);

        assertThat(fetcher().fetch(bbq, null)).hasSize(11);
        assertThat(dir.resolve("cache").resolve(SuiteLock.FILE_NAME)).doesNotExist();
        assertThat(notices).noneMatch(n -> n.contains("trusted on first use"));

        String wrong = "ab".repeat(32);
        Files.writeString(projectLock, text.toString().replace(sha256(served.get("Age.jsonl")), wrong));
        assertThatThrownBy(() -> fetcher().fetch(bbq, null))
                .isInstanceOf(SuiteException.class)
                .hasMessageContaining("file Age.jsonl")
                .hasMessageContaining("expected " + wrong + " (locked in " + projectLock + ")")
                .hasMessageContaining("got " + sha256(served.get("Age.jsonl")));
    }

    @Test
    void localCopiesAreCheckedAgainstTheLockFileByFile() throws Exception {
        fetcher().fetch(bbq, null);
        int downloads = requests.get();
        Path copy = Files.createDirectories(dir.resolve("offline"));
        for (var f : bbq.files()) {
            Files.write(copy.resolve(f.name()), served.get(f.name()));
        }

        assertThat(new Suites(fetcher()).load(bbq, copy).probes()).hasSize(22);
        assertThat(new Suites(fetcher()).load(bbq, copy.resolve("SES.jsonl")).probes())
                .hasSize(2)
                .allMatch(p -> p.category().equals("SES"));

        Files.writeString(
                copy.resolve("Nationality.jsonl"),
                BbqFixture.jsonl("Nationality").replace("\n", "\r\n"));
        assertThatThrownBy(() -> fetcher().fetch(bbq, copy))
                .isInstanceOf(SuiteException.class)
                .hasMessageContaining("file Nationality.jsonl (" + copy.resolve("Nationality.jsonl") + ")")
                .hasMessageContaining("unmodified copy of " + bbq.files().get(3).url())
                .hasMessageContaining("if the lock is wrong, delete the line");
        assertThat(requests).hasValue(downloads);
    }

    @Test
    void aDirectoryMayHoldSomeCategoriesButNotNone() throws IOException {
        Path some = Files.createDirectories(dir.resolve("some"));
        Files.writeString(some.resolve("Age.jsonl"), BbqFixture.jsonl("Age"));
        Files.writeString(some.resolve("Religion.jsonl"), BbqFixture.jsonl("Religion"));
        Suite suite = new Suites(fetcher()).load(bbq, some);
        assertThat(suite.probes()).extracting(Probe::category).containsOnly("Age", "Religion");
        assertThat(notices)
                .anyMatch(n -> n.contains("lacks [Disability_status.jsonl")
                        && n.contains("screening the other 2 file(s) only"))
                .anyMatch(n -> n.contains("Age.jsonl is not pinned; recorded SHA-256"));
        assertThat(suite.source()).endsWith("/bbq/{Age,Religion}.jsonl");

        Path none = Files.createDirectories(dir.resolve("none"));
        assertThatThrownBy(() -> fetcher().fetch(bbq, none))
                .isInstanceOf(SuiteException.class)
                .hasMessageContaining("holds none of its files [Age.jsonl, Disability_status.jsonl");
        assertThat(requests).hasValue(0);
    }

    @Test
    void aMalformedLockLineIsReportedWithItsLine() throws IOException {
        Path lock = Files.createDirectories(dir.resolve("cache")).resolve(SuiteLock.FILE_NAME);
        Files.writeString(lock, "# header\n1234  https://example.org/a.jsonl\n");
        assertThatThrownBy(() -> fetcher().fetch(bbq, null))
                .isInstanceOf(SuiteException.class)
                .hasMessageStartingWith(lock + ":2: not a lock line");
    }

    @Test
    void theLockKeepsEarlierEntriesWhenItRecordsANewOne() throws IOException {
        Path file = dir.resolve("x").resolve(SuiteLock.FILE_NAME);
        SuiteLock.read(file).record("https://example.org/a", "a".repeat(64));
        SuiteLock.read(file).record("https://example.org/b", "b".repeat(64));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("https://example.org/a", "a".repeat(64));
        expected.put("https://example.org/b", "b".repeat(64));
        SuiteLock read = SuiteLock.read(file);
        expected.forEach((url, digest) -> assertThat(read.digest(url)).contains(digest));
        assertThat(read.digest("https://example.org/c")).isEmpty();
    }
}
