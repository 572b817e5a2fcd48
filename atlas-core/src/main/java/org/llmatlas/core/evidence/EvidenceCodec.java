package org.llmatlas.core.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and verifies evidence files with or without an HMAC key. {@link EvidenceFiles} uses the key from the
 * environment; tests and tools that manage keys themselves use {@link #withKey(String)} or {@link #unsigned()}.
 *
 * <p>The key is held only as a {@link SecretKeySpec}; it never appears in messages or {@link #toString()}.
 */
public final class EvidenceCodec {

    /** The value of the {@code schema} field; a new incompatible format gets a new number. */
    public static final String SCHEMA = "atlas-evidence/1";
    /** The environment variable that holds the HMAC key. */
    public static final String KEY_ENV = "ATLAS_EVIDENCE_KEY";

    private static final String DIGEST_PREFIX = "sha256:";
    private static final String SIGNATURE_PREFIX = "hmac-sha256:";
    private static final Set<String> FIELDS = Set.of(
            "schema",
            "instrument",
            "instrument_version",
            "created_at",
            "subject",
            "inputs",
            "measurements",
            "attributes",
            "digest",
            "signature");
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final SecretKeySpec key;

    private EvidenceCodec(SecretKeySpec key) {
        this.key = key;
    }

    /** Signs and requires signatures when {@code ATLAS_EVIDENCE_KEY} is set and not blank. */
    public static EvidenceCodec fromEnvironment() {
        String value = System.getenv(KEY_ENV);
        return value == null || value.isBlank() ? unsigned() : withKey(value);
    }

    /** Digest only: detects accidental or naive edits, not a forger who recomputes the digest. */
    public static EvidenceCodec unsigned() {
        return new EvidenceCodec(null);
    }

    /** Digest plus HMAC-SHA256 with this key; reading then rejects files without a matching signature. */
    public static EvidenceCodec withKey(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the evidence key must not be blank");
        }
        return new EvidenceCodec(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    public boolean signs() {
        return key != null;
    }

    /** Writes {@code evidence} to {@code file} atomically, creating parent folders. */
    public void write(Path file, Evidence evidence) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".evidence-", ".tmp");
            Files.writeString(temp, toJson(evidence), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write evidence " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file content: pretty-printed JSON with sorted keys, a digest and (when keyed) a signature. */
    public String toJson(Evidence evidence) {
        Map<String, Object> content = content(evidence);
        String canonical = CanonicalJson.write(content);
        Map<String, Object> file = new TreeMap<>(content);
        file.put("digest", DIGEST_PREFIX + sha256(canonical));
        if (key != null) {
            file.put("signature", SIGNATURE_PREFIX + hmac(canonical));
        }
        return JSON.writeValueAsString(file) + "\n";
    }

    /** Reads and verifies one file; never throws for bad content, the status says what is wrong. */
    public VerifiedEvidence read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return malformed("no evidence file at " + file);
        } catch (IOException e) {
            return malformed("cannot read " + file + ": " + e.getMessage());
        }
        return parse(text);
    }

    /** Verifies evidence given as JSON text. */
    public VerifiedEvidence parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return malformed("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return malformed("not a JSON object");
        }
        for (String name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                return malformed("unknown field '" + name + "' (allowed: " + new java.util.TreeSet<>(FIELDS) + ")");
            }
        }
        String schema = text(root, "schema");
        if (!SCHEMA.equals(schema)) {
            return malformed("schema is '" + schema + "', expected '" + SCHEMA + "'");
        }
        Evidence evidence;
        try {
            evidence = evidence(root);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return malformed(e.getMessage());
        }
        String canonical = CanonicalJson.write(content(evidence));
        String digest = text(root, "digest");
        if (digest == null) {
            return malformed("missing field 'digest'");
        }
        if (!MessageDigest.isEqual(
                (DIGEST_PREFIX + sha256(canonical)).getBytes(StandardCharsets.UTF_8),
                digest.getBytes(StandardCharsets.UTF_8))) {
            return new VerifiedEvidence(
                    evidence,
                    EvidenceStatus.TAMPERED,
                    "content does not match its digest: edited after it was written");
        }
        String signature = text(root, "signature");
        if (key == null) {
            return new VerifiedEvidence(
                    evidence,
                    EvidenceStatus.VALID,
                    signature == null
                            ? "digest ok (unsigned)"
                            : "digest ok; signature not checked because " + KEY_ENV + " is not set");
        }
        if (signature == null) {
            return new VerifiedEvidence(
                    evidence, EvidenceStatus.TAMPERED, "unsigned, but " + KEY_ENV + " is set: signatures are required");
        }
        if (!MessageDigest.isEqual(
                (SIGNATURE_PREFIX + hmac(canonical)).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8))) {
            return new VerifiedEvidence(
                    evidence,
                    EvidenceStatus.TAMPERED,
                    "signature does not match: edited, or signed with a different " + KEY_ENV);
        }
        return new VerifiedEvidence(evidence, EvidenceStatus.VALID, "digest and signature ok");
    }

    @Override
    public String toString() {
        return key == null ? "EvidenceCodec[unsigned]" : "EvidenceCodec[hmac-sha256]";
    }

    private static Map<String, Object> content(Evidence evidence) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("schema", SCHEMA);
        content.put("instrument", evidence.instrument());
        content.put("instrument_version", evidence.instrumentVersion());
        content.put("created_at", evidence.createdAt().toString());
        content.put("subject", evidence.subject());
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (EvidenceInput input : evidence.inputs()) {
            inputs.add(Map.of("name", input.name(), "sha256", input.sha256()));
        }
        content.put("inputs", inputs);
        content.put("measurements", evidence.measurements());
        content.put("attributes", evidence.attributes());
        return content;
    }

    private static Evidence evidence(JsonNode root) {
        String createdAt = required(root, "created_at");
        List<EvidenceInput> inputs = new ArrayList<>();
        JsonNode inputNodes = root.get("inputs");
        if (inputNodes != null && !inputNodes.isNull()) {
            if (!inputNodes.isArray()) {
                throw new IllegalArgumentException("'inputs' must be an array of {name, sha256}");
            }
            for (JsonNode node : inputNodes.values()) {
                inputs.add(new EvidenceInput(required(node, "name"), required(node, "sha256")));
            }
        }
        Map<String, Double> measurements = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : object(root, "measurements")) {
            if (!entry.getValue().isNumber()) {
                throw new IllegalArgumentException("measurement '" + entry.getKey() + "' must be a number");
            }
            measurements.put(entry.getKey(), entry.getValue().doubleValue());
        }
        Map<String, String> attributes = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : object(root, "attributes")) {
            if (!entry.getValue().isString()) {
                throw new IllegalArgumentException("attribute '" + entry.getKey() + "' must be a string");
            }
            attributes.put(entry.getKey(), entry.getValue().stringValue());
        }
        return new Evidence(
                required(root, "instrument"),
                required(root, "instrument_version"),
                Instant.parse(createdAt),
                text(root, "subject"),
                inputs,
                measurements,
                attributes);
    }

    private static Set<Map.Entry<String, JsonNode>> object(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Set.of();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be an object");
        }
        return node.properties();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static VerifiedEvidence malformed(String detail) {
        return new VerifiedEvidence(null, EvidenceStatus.MALFORMED, detail);
    }

    private static String sha256(String canonical) {
        return HexFormat.of().formatHex(EvidenceInput.newSha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private String hmac(String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
