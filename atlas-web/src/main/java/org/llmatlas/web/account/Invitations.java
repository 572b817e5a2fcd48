package org.llmatlas.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by an admin: a random token in a link, valid for {@link #VALID_FOR}, usable once. Only the token's
 * SHA-256 is stored.
 */
@Repository
class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    /** An open invitation, as found by its token. */
    record Invitation(String email, Role role, String invitedBy) {}

    private final JdbcTemplate jdbc;

    Invitations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates an invitation and returns the token for the link; the token itself is not stored. */
    String invite(String email, Role role, String invitedBy) {
        String token = FirstAdmin.newToken();
        Instant now = Instant.now();
        jdbc.update(
                "insert into invitation (token_hash, email, role, invited_by, created_at, expires_at) values (?, ?, ?, ?, ?, ?)",
                hash(token),
                email,
                role.name(),
                invitedBy,
                Timestamp.from(now),
                Timestamp.from(now.plus(VALID_FOR)));
        return token;
    }

    Optional<Invitation> open(String token) {
        return jdbc
                .query(
                        "select email, role, invited_by from invitation where token_hash = ? and accepted_by is null and expires_at > ?",
                        (rs, row) -> new Invitation(
                                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getString("invited_by")),
                        hash(token),
                        Timestamp.from(Instant.now()))
                .stream()
                .findFirst();
    }

    /** Marks the invitation used; false when someone else used it first. */
    @Transactional
    boolean accept(String token, String username) {
        return jdbc.update(
                        "update invitation set accepted_by = ? where token_hash = ? and accepted_by is null",
                        username,
                        hash(token))
                == 1;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
