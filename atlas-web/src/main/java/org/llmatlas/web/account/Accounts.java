package org.llmatlas.web.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The account table. Usernames are unique and compared as stored (lower case by convention of the forms). */
@Repository
public class Accounts {

    private final JdbcTemplate jdbc;

    Accounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(String username) {
        return jdbc.query("select * from account where username = ?", Accounts::map, username).stream()
                .findFirst();
    }

    public Optional<Account> findByEmail(String email) {
        return jdbc.query("select * from account where lower(email) = lower(?)", Accounts::map, email).stream()
                .findFirst();
    }

    public List<Account> all() {
        return jdbc.query("select * from account order by username", Accounts::map);
    }

    /** Accounts that may code, in a stable order: the pool for round-robin assignment. */
    public List<Account> coders(boolean llm) {
        return jdbc.query(
                "select * from account where role in ('CODER', 'EDITOR', 'ADMIN') and llm = ? order by id",
                Accounts::map,
                llm);
    }

    public boolean anyAdmin() {
        Integer count = jdbc.queryForObject("select count(*) from account where role = 'ADMIN'", Integer.class);
        return count != null && count > 0;
    }

    public Account create(String username, String email, String passwordHash, Role role, boolean llm) {
        jdbc.update(
                "insert into account (username, email, password_hash, role, llm, created_at) values (?, ?, ?, ?, ?, ?)",
                username,
                email,
                passwordHash,
                role.name(),
                llm,
                Timestamp.from(Instant.now()));
        return find(username).orElseThrow();
    }

    public void changeRole(String username, Role role) {
        jdbc.update("update account set role = ? where username = ?", role.name(), username);
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("email"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("llm"),
                rs.getTimestamp("created_at").toInstant());
    }
}
