package org.llmatlas.web.coding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Assignments, codings and reconciliations. Reads here are not filtered for blindness: {@link CodingService} is. */
@Repository
class Codings {

    private final JdbcTemplate jdbc;

    Codings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void assign(long proposalId, String coder) {
        jdbc.update(
                "insert into assignment (proposal_id, coder, assigned_at) values (?, ?, ?)",
                proposalId,
                coder,
                Timestamp.from(Instant.now()));
    }

    void unassign(long proposalId, String coder) {
        jdbc.update("delete from assignment where proposal_id = ? and coder = ?", proposalId, coder);
    }

    List<String> assignees(long proposalId) {
        return jdbc.queryForList(
                "select coder from assignment where proposal_id = ? order by assigned_at, coder",
                String.class,
                proposalId);
    }

    /** Open assignments per coder, for least-loaded round-robin. */
    Map<String, Integer> openLoad() {
        Map<String, Integer> load = new java.util.HashMap<>();
        jdbc.query(
                "select a.coder, count(*) as n from assignment a join proposal p on p.id = a.proposal_id"
                        + " where p.status in ('OPEN', 'CODING') group by a.coder",
                rs -> {
                    load.put(rs.getString("coder"), rs.getInt("n"));
                });
        return load;
    }

    List<Long> assignedTo(String coder) {
        return jdbc.queryForList(
                "select proposal_id from assignment where coder = ? order by proposal_id", Long.class, coder);
    }

    /** Inserts the coding; false when this coder already submitted one (codings are final once submitted). */
    boolean submit(long proposalId, Coding coding) {
        Integer existing = jdbc.queryForObject(
                "select count(*) from coding where proposal_id = ? and coder = ?",
                Integer.class,
                proposalId,
                coding.coder());
        if (existing != null && existing > 0) {
            return false;
        }
        jdbc.update(
                "insert into coding (proposal_id, coder, phase, problem, remedy, objectives, quote, page, llm,"
                        + " submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                proposalId,
                coding.coder(),
                coding.phase(),
                coding.problem(),
                coding.remedy(),
                String.join(",", coding.objectives()),
                coding.quote(),
                coding.page(),
                coding.llm(),
                Timestamp.from(coding.submittedAt()));
        return true;
    }

    List<Coding> of(long proposalId) {
        return jdbc.query(
                "select * from coding where proposal_id = ? order by llm, submitted_at, coder",
                Codings::map,
                proposalId);
    }

    Optional<Coding> of(long proposalId, String coder) {
        return jdbc
                .query("select * from coding where proposal_id = ? and coder = ?", Codings::map, proposalId, coder)
                .stream()
                .findFirst();
    }

    /** Every coding of every proposal whose human codings are complete, with the proposal ID. */
    List<Map.Entry<Long, Coding>> allOfReconcilable() {
        return jdbc.query(
                "select c.* from coding c join proposal p on p.id = c.proposal_id"
                        + " where p.status in ('RECONCILING', 'PUBLISHED', 'RELEASED') order by c.proposal_id",
                (rs, row) -> Map.entry(rs.getLong("proposal_id"), map(rs, row)));
    }

    void reconcile(long proposalId, Coding result, String note) {
        jdbc.update("delete from reconciliation where proposal_id = ?", proposalId);
        jdbc.update(
                "insert into reconciliation (proposal_id, phase, problem, remedy, objectives, quote, page, note, editor,"
                        + " decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                proposalId,
                result.phase(),
                result.problem(),
                result.remedy(),
                String.join(",", result.objectives()),
                result.quote(),
                result.page(),
                note,
                result.coder(),
                Timestamp.from(result.submittedAt()));
    }

    Optional<Coding> reconciliation(long proposalId) {
        return jdbc
                .query(
                        "select * from reconciliation where proposal_id = ?",
                        (rs, row) -> new Coding(
                                rs.getString("editor"),
                                rs.getString("phase"),
                                rs.getString("problem"),
                                rs.getString("remedy"),
                                Coding.parseObjectives(rs.getString("objectives")),
                                rs.getString("quote"),
                                rs.getString("page"),
                                false,
                                rs.getTimestamp("decided_at").toInstant()),
                        proposalId)
                .stream()
                .findFirst();
    }

    private static Coding map(ResultSet rs, int row) throws SQLException {
        return new Coding(
                rs.getString("coder"),
                rs.getString("phase"),
                rs.getString("problem"),
                rs.getString("remedy"),
                Coding.parseObjectives(rs.getString("objectives")),
                rs.getString("quote"),
                rs.getString("page"),
                rs.getBoolean("llm"),
                rs.getTimestamp("submitted_at").toInstant());
    }
}
