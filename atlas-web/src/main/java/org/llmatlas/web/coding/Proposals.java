package org.llmatlas.web.coding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The proposal table. Every update that a person makes goes through {@link #update} with the version they saw. */
@Repository
class Proposals {

    private final JdbcTemplate jdbc;

    Proposals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(
            ProposalKind kind,
            String targetId,
            String baseRelease,
            String title,
            String body,
            String rationale,
            String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "insert into proposal (kind, target_id, base_release, title, body, rationale, proposed_by,"
                                    + " status, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                            new String[] {"id"});
                    statement.setString(1, kind.name());
                    statement.setString(2, targetId);
                    statement.setString(3, baseRelease);
                    statement.setString(4, title);
                    statement.setString(5, body);
                    statement.setString(6, rationale);
                    statement.setString(7, by);
                    statement.setString(8, ProposalStatus.OPEN.name());
                    statement.setTimestamp(9, Timestamp.from(Instant.now()));
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }

    Optional<Proposal> find(long id) {
        return jdbc.query("select * from proposal where id = ?", Proposals::map, id).stream()
                .findFirst();
    }

    List<Proposal> releasedFor(String targetId) {
        return jdbc.query(
                "select * from proposal where target_id = ? and status = 'RELEASED' order by id",
                Proposals::map,
                targetId);
    }

    /** Locks the proposal's row until the transaction ends, so that status changes happen one at a time. */
    void lock(long id) {
        jdbc.queryForList("select id from proposal where id = ? for update", Long.class, id);
    }

    List<Proposal> all() {
        return jdbc.query("select * from proposal order by id desc", Proposals::map);
    }

    List<Proposal> withStatus(ProposalStatus status) {
        return jdbc.query("select * from proposal where status = ? order by id", Proposals::map, status.name());
    }

    /**
     * Changes title, body and rationale if nobody changed the proposal since {@code seenVersion}; false otherwise,
     * so the second of two concurrent edits fails instead of silently overwriting the first.
     */
    boolean update(long id, int seenVersion, String title, String body, String rationale) {
        return jdbc.update(
                        "update proposal set title = ?, body = ?, rationale = ?, version = version + 1"
                                + " where id = ? and version = ?",
                        title,
                        body,
                        rationale,
                        id,
                        seenVersion)
                == 1;
    }

    void setStatus(long id, ProposalStatus status) {
        jdbc.update("update proposal set status = ?, version = version + 1 where id = ?", status.name(), id);
    }

    void publish(long id, String publishedBody, String editor) {
        jdbc.update(
                "update proposal set status = ?, published_body = ?, published_by = ?, published_at = ?,"
                        + " version = version + 1 where id = ?",
                ProposalStatus.PUBLISHED.name(),
                publishedBody,
                editor,
                Timestamp.from(Instant.now()),
                id);
    }

    void markReleased(long id, String releaseVersion) {
        jdbc.update(
                "update proposal set status = ?, release_version = ?, version = version + 1 where id = ?",
                ProposalStatus.RELEASED.name(),
                releaseVersion,
                id);
    }

    private static Proposal map(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Proposal(
                rs.getLong("id"),
                ProposalKind.valueOf(rs.getString("kind")),
                rs.getString("target_id"),
                rs.getString("base_release"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("rationale"),
                rs.getString("proposed_by"),
                ProposalStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"),
                rs.getString("published_body"),
                rs.getString("published_by"),
                published == null ? null : published.toInstant(),
                rs.getString("release_version"));
    }
}
