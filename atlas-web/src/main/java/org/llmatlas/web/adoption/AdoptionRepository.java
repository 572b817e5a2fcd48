package org.llmatlas.web.adoption;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for organisations, memberships, projects, evidence and history. Every read of an organisation's data takes the
 * reading user and joins {@code membership}: a non-member gets nothing back, the same as for an ID that does not
 * exist, so the pages answer 404 in both cases and leak no existence.
 */
@Repository
class AdoptionRepository {

    private static final String ORGANISATION_COLUMNS = "o.id, o.slug, o.name, m.role";
    private static final String PROJECT_COLUMNS =
            "p.id, p.organisation_id, p.name, p.contract_yaml, p.created_at, p.created_by";

    private final JdbcClient jdbc;

    AdoptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Organisation> organisationsOf(String username) {
        return jdbc.sql("select " + ORGANISATION_COLUMNS + " from organisation o join membership m"
                        + " on m.organisation_id = o.id where m.username = ? order by o.name")
                .param(username)
                .query(AdoptionRepository::organisation)
                .list();
    }

    Optional<Organisation> organisation(String slug, String username) {
        return jdbc.sql("select " + ORGANISATION_COLUMNS + " from organisation o join membership m"
                        + " on m.organisation_id = o.id where o.slug = ? and m.username = ?")
                .params(slug, username)
                .query(AdoptionRepository::organisation)
                .optional();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from organisation where slug = ?")
                        .param(slug)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    long createOrganisation(String slug, String name, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (slug, name, created_at) values (?, ?, ?)")
                .params(slug, name, Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void addMember(long organisationId, String username, String role) {
        jdbc.sql("insert into membership (organisation_id, username, role) values (?, ?, ?)")
                .params(organisationId, username, role)
                .update();
    }

    boolean isMember(long organisationId, String username) {
        return jdbc.sql("select count(*) from membership where organisation_id = ? and username = ?")
                        .params(organisationId, username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<String> members(long organisationId) {
        return jdbc.sql("select username from membership where organisation_id = ? order by username")
                .param(organisationId)
                .query(String.class)
                .list();
    }

    long createProject(long organisationId, String name, String contractYaml, Instant now, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into project (organisation_id, name, contract_yaml, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?)")
                .params(organisationId, name, contractYaml, Timestamp.from(now), username)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<Project> projects(long organisationId, String username) {
        return jdbc.sql("select " + PROJECT_COLUMNS + " from project p join membership m"
                        + " on m.organisation_id = p.organisation_id"
                        + " where p.organisation_id = ? and m.username = ? order by p.created_at desc, p.id desc")
                .params(organisationId, username)
                .query(AdoptionRepository::project)
                .list();
    }

    /** The project, if it belongs to organisation {@code slug} and {@code username} is a member of it. */
    Optional<Project> project(String slug, long projectId, String username) {
        return jdbc.sql("select " + PROJECT_COLUMNS + " from project p"
                        + " join organisation o on o.id = p.organisation_id"
                        + " join membership m on m.organisation_id = p.organisation_id"
                        + " where p.id = ? and o.slug = ? and m.username = ?")
                .params(projectId, slug, username)
                .query(AdoptionRepository::project)
                .optional();
    }

    void addEvidence(
            long projectId,
            String clauseId,
            String path,
            String fileName,
            byte[] content,
            String sha256,
            String status,
            String detail,
            Instant now,
            String username) {
        jdbc.sql("insert into evidence (project_id, clause_id, path, file_name, content, sha256, status, detail,"
                        + " uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        projectId,
                        clauseId,
                        path,
                        fileName,
                        content,
                        sha256,
                        status,
                        detail,
                        Timestamp.from(now),
                        username)
                .update();
    }

    /** All uploads of a project, newest first. */
    List<EvidenceUpload> evidence(long projectId) {
        return jdbc.sql("select id, clause_id, path, file_name, sha256, status, detail, uploaded_at, uploaded_by"
                        + " from evidence where project_id = ? order by id desc")
                .param(projectId)
                .query((rs, row) -> new EvidenceUpload(
                        rs.getLong("id"),
                        rs.getString("clause_id"),
                        rs.getString("path"),
                        rs.getString("file_name"),
                        rs.getString("sha256"),
                        rs.getString("status"),
                        rs.getString("detail"),
                        instant(rs, "uploaded_at"),
                        rs.getString("uploaded_by")))
                .list();
    }

    /** The newest upload's content for every evidence path, for evaluating the contract. */
    List<StoredFile> latestEvidenceFiles(long projectId) {
        return jdbc.sql("select e.path, e.content from evidence e where e.project_id = ? and e.id ="
                        + " (select max(x.id) from evidence x where x.project_id = e.project_id and x.path = e.path)")
                .param(projectId)
                .query((rs, row) -> new StoredFile(rs.getString("path"), rs.getBytes("content")))
                .list();
    }

    void addEvent(
            long projectId,
            Instant now,
            String actor,
            String summary,
            int covered,
            int failing,
            int open,
            int notApplicable) {
        jdbc.sql("insert into project_event (project_id, happened_at, actor, summary, covered, failing, open_cells,"
                        + " not_applicable) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(projectId, Timestamp.from(now), actor, summary, covered, failing, open, notApplicable)
                .update();
    }

    /** The project's history, newest first. */
    List<ProjectEvent> events(long projectId) {
        return jdbc.sql("select happened_at, actor, summary, covered, failing, open_cells, not_applicable"
                        + " from project_event where project_id = ? order by id desc")
                .param(projectId)
                .query((rs, row) -> new ProjectEvent(
                        instant(rs, "happened_at"),
                        rs.getString("actor"),
                        rs.getString("summary"),
                        rs.getInt("covered"),
                        rs.getInt("failing"),
                        rs.getInt("open_cells"),
                        rs.getInt("not_applicable")))
                .list();
    }

    /** A file of a project as stored: its path relative to {@code atlas.yaml}, and its bytes. */
    record StoredFile(String path, byte[] content) {}

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("role"));
    }

    private static Project project(ResultSet rs, int row) throws SQLException {
        return new Project(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getString("name"),
                rs.getString("contract_yaml"),
                instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
