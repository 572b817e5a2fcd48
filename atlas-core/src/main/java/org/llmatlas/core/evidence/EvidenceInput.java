package org.llmatlas.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One input a measurement depended on (a probe suite, a system prompt, a model configuration), identified by its
 * SHA-256 so that a later change of the input makes the evidence stale.
 *
 * @param name a logical name the contract refers to, e.g. {@code suite} or {@code system-prompt}
 * @param sha256 64 lower-case hex digits
 */
public record EvidenceInput(String name, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public EvidenceInput {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("input name must not be blank");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("input " + name + ": sha256 must be 64 lower-case hex digits");
        }
    }

    /** Hashes {@code file} now. */
    public static EvidenceInput of(String name, Path file) {
        return new EvidenceInput(name, sha256(file));
    }

    /** SHA-256 of a file's bytes, as lower-case hex. */
    public static String sha256(Path file) {
        MessageDigest digest = newSha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
