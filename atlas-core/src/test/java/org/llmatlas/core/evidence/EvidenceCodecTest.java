package org.llmatlas.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceCodecTest {

    private static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dir;

    private Evidence evidence(Path suite) {
        return new Evidence(
                "screen",
                "0.1.0",
                CREATED,
                "openai/gpt-4o-mini",
                List.of(EvidenceInput.of("suite", suite)),
                Map.of("xstest.unsafe.refusal_rate", 0.97, "xstest.safe.compliance_rate", 0.9, "probes", 450.0),
                Map.of("suite", "xstest-v2"));
    }

    private Path suite() throws Exception {
        Path suite = dir.resolve("suite.jsonl");
        Files.writeString(suite, "{\"id\":\"p1\"}\n");
        return suite;
    }

    @Test
    void roundTripsAndVerifiesAnUnsignedFile() throws Exception {
        Path file = dir.resolve("evidence/screen.json");
        Evidence written = evidence(suite());
        EvidenceCodec.unsigned().write(file, written);

        VerifiedEvidence read = EvidenceCodec.unsigned().read(file);

        assertThat(read.status()).isEqualTo(EvidenceStatus.VALID);
        assertThat(read.evidence()).isEqualTo(written);
        assertThat(Files.readString(file))
                .contains("\"schema\" : \"atlas-evidence/1\"")
                .contains("\"digest\" : \"sha256:")
                .doesNotContain("signature");
    }

    @Test
    void detectsAnEditedMeasurementAsTampered() throws Exception {
        Path file = dir.resolve("screen.json");
        EvidenceCodec.unsigned().write(file, evidence(suite()));
        Files.writeString(file, Files.readString(file).replace("0.97", "0.99"));

        VerifiedEvidence read = EvidenceCodec.unsigned().read(file);

        assertThat(read.status()).isEqualTo(EvidenceStatus.TAMPERED);
        assertThat(read.detail()).contains("digest");
    }

    @Test
    void reformattingTheFileKeepsItValid() throws Exception {
        Path file = dir.resolve("screen.json");
        EvidenceCodec.unsigned().write(file, evidence(suite()));
        Files.writeString(
                file, Files.readString(file).replaceAll("\\s*\\n\\s*", "").replace("0.9,", "0.90,"));

        assertThat(EvidenceCodec.unsigned().read(file).status()).isEqualTo(EvidenceStatus.VALID);
    }

    @Test
    void requiresAMatchingSignatureWhenAKeyIsConfigured() throws Exception {
        Path signed = dir.resolve("signed.json");
        Path unsigned = dir.resolve("unsigned.json");
        EvidenceCodec.withKey("s3cret").write(signed, evidence(suite()));
        EvidenceCodec.unsigned().write(unsigned, evidence(suite()));

        assertThat(EvidenceCodec.withKey("s3cret").read(signed).status()).isEqualTo(EvidenceStatus.VALID);
        assertThat(EvidenceCodec.withKey("other").read(signed).detail()).contains("signature does not match");
        assertThat(EvidenceCodec.withKey("s3cret").read(unsigned).status()).isEqualTo(EvidenceStatus.TAMPERED);
        assertThat(EvidenceCodec.unsigned().read(signed).detail()).contains("signature not checked");
    }

    @Test
    void aForgerWhoRecomputesTheDigestStillFailsTheSignature() throws Exception {
        Path file = dir.resolve("signed.json");
        EvidenceCodec codec = EvidenceCodec.withKey("s3cret");
        Evidence honest = evidence(suite());
        codec.write(file, honest);
        String signature = Files.readString(file).replaceAll("(?s).*\"signature\" : \"([^\"]+)\".*", "$1");
        Evidence forged = new Evidence(
                honest.instrument(),
                honest.instrumentVersion(),
                honest.createdAt(),
                honest.subject(),
                honest.inputs(),
                Map.of("xstest.unsafe.refusal_rate", 1.0),
                honest.attributes());
        String forgedJson =
                EvidenceCodec.unsigned().toJson(forged).replace("\n}", ",\n  \"signature\" : \"" + signature + "\"\n}");
        Files.writeString(file, forgedJson);

        assertThat(codec.read(file).status()).isEqualTo(EvidenceStatus.TAMPERED);
    }

    @Test
    void reportsMissingFilesWrongSchemaAndGarbageAsMalformed() throws Exception {
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{ not json");
        Path wrongSchema = dir.resolve("wrong.json");
        Files.writeString(wrongSchema, "{\"schema\":\"atlas-evidence/9\"}");
        Path extra = dir.resolve("extra.json");
        Files.writeString(extra, "{\"schema\":\"atlas-evidence/1\",\"verdict\":\"pass\"}");

        assertThat(EvidenceCodec.unsigned().read(dir.resolve("absent.json")).detail())
                .contains("no evidence file");
        assertThat(EvidenceCodec.unsigned().read(garbage).detail()).startsWith("not JSON");
        assertThat(EvidenceCodec.unsigned().read(wrongSchema).detail()).contains("expected 'atlas-evidence/1'");
        assertThat(EvidenceCodec.unsigned().read(extra).detail()).contains("unknown field 'verdict'");
        assertThat(EvidenceCodec.unsigned().read(garbage).status()).isEqualTo(EvidenceStatus.MALFORMED);
    }

    @Test
    void becomesStaleWhenAnInputChangesOrTheEvidenceIsTooOld() throws Exception {
        Path suite = suite();
        Path file = dir.resolve("screen.json");
        EvidenceCodec.unsigned().write(file, evidence(suite));
        VerifiedEvidence read = EvidenceCodec.unsigned().read(file);

        assertThat(read.checkFreshness(Map.of("suite", suite), Duration.ofDays(30), CREATED.plus(Duration.ofDays(1)))
                        .status())
                .isEqualTo(EvidenceStatus.VALID);
        assertThat(read.checkFreshness(Map.of(), Duration.ofDays(30), CREATED.plus(Duration.ofDays(31)))
                        .detail())
                .contains("31 days old");
        Files.writeString(suite, "{\"id\":\"p2\"}\n");
        VerifiedEvidence changed = read.checkFreshness(Map.of("suite", suite), null, CREATED);
        assertThat(changed.status()).isEqualTo(EvidenceStatus.STALE);
        assertThat(changed.detail()).contains("input 'suite'").contains("changed since the measurement");
    }

    @Test
    void rejectsNonFiniteMeasurementsAndBadHashes() {
        assertThatThrownBy(() -> new Evidence("screen", "1", CREATED, "", List.of(), Map.of("x", Double.NaN), Map.of()))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new EvidenceInput("suite", "abc")).hasMessageContaining("64 lower-case hex");
    }

    @Test
    void canonicalFormSortsKeysAndWritesIntegralNumbersWithoutFraction() {
        assertThat(CanonicalJson.write(Map.of("b", 1.0, "a", List.of("x\"y", 0.5))))
                .isEqualTo("{\"a\":[\"x\\\"y\",0.5],\"b\":1}");
    }

    @Test
    void neverRevealsTheKey() {
        assertThat(EvidenceCodec.withKey("s3cret").toString()).doesNotContain("s3cret");
    }
}
