package org.llmatlas.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first admin: no default password; a one-time token from the log, or the admin from the environment. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    static final String PASSWORD = "first admin passphrase";
    private static int databases;

    Accounts accounts;
    PasswordEncoder encoder = new AccountBeans().passwordEncoder();

    @BeforeEach
    void emptyDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:first-admin-" + (++databases) + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        accounts = new Accounts(new JdbcTemplate(dataSource));
    }

    @Test
    void printsAOneTimeSetupTokenThatCreatesTheAdminOnce(CapturedOutput output) {
        FirstAdmin firstAdmin = new FirstAdmin(accounts, encoder, new MockEnvironment());
        firstAdmin.run(null);
        Matcher token = Pattern.compile("setup token (\\S+)").matcher(output.getOut() + output.getErr());
        assertThat(token.find()).as("the log names the setup token").isTrue();
        assertThat(firstAdmin.setupOpen()).isTrue();
        NewAccountForm form = new NewAccountForm("root", "root@example.org", PASSWORD, PASSWORD);

        assertThat(firstAdmin.createAdmin("wrong-token", form)).isEmpty();
        assertThat(accounts.anyAdmin()).isFalse();

        Account admin = firstAdmin.createAdmin(token.group(1), form).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches(PASSWORD, admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}$2a$12$");
        assertThat(firstAdmin.setupOpen()).isFalse();
        assertThat(firstAdmin.createAdmin(token.group(1), new NewAccountForm("root2", null, PASSWORD, PASSWORD)))
                .as("the token is spent")
                .isEmpty();
    }

    @Test
    void createsTheAdminFromTheEnvironmentWithoutLoggingThePassword(CapturedOutput output) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("ATLAS_ADMIN_EMAIL", "Admin@Example.org")
                .withProperty("ATLAS_ADMIN_PASSWORD", PASSWORD);
        FirstAdmin firstAdmin = new FirstAdmin(accounts, encoder, environment);

        firstAdmin.run(null);

        Account admin = accounts.find("admin@example.org").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(firstAdmin.setupOpen()).isFalse();
        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain("setup token");
    }

    @Test
    void doesNothingOnceAnAdminExists(CapturedOutput output) {
        accounts.create("existing", null, encoder.encode(PASSWORD), Role.ADMIN, false);
        FirstAdmin firstAdmin = new FirstAdmin(accounts, encoder, new MockEnvironment());
        firstAdmin.run(null);
        assertThat(firstAdmin.setupOpen()).isFalse();
        assertThat(output.getAll()).doesNotContain("setup token");
    }

    @Test
    void rejectsAWeakPassword() {
        assertThat(new NewAccountForm("someone", null, "short", "short").problems())
                .containsExactly("Password: use at least 12 characters");
        assertThat(new NewAccountForm("Bad Name!", null, PASSWORD, PASSWORD + "x").problems())
                .hasSize(2);
    }
}
