package org.llmatlas.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Sets up the first admin without a default password. On start, while no admin exists: if the environment has
 * {@code ATLAS_ADMIN_EMAIL} and {@code ATLAS_ADMIN_PASSWORD}, that admin is created (the password is never logged);
 * otherwise a random one-time setup token is printed to the log, and whoever can read the server's log can create
 * the admin at {@code /setup} with it. The token is kept in memory only and dies with the first admin.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final Environment environment;
    private final AtomicReference<String> setupToken = new AtomicReference<>();

    FirstAdmin(Accounts accounts, PasswordEncoder encoder, Environment environment) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        String email = environment.getProperty("ATLAS_ADMIN_EMAIL");
        String password = environment.getProperty("ATLAS_ADMIN_PASSWORD");
        if (email != null && !email.isBlank() && password != null) {
            NewAccountForm form = new NewAccountForm(email, email, password, password);
            if (form.problems().isEmpty()) {
                accounts.create(form.normalisedUsername(), email.trim(), encoder.encode(password), Role.ADMIN, false);
                LOG.info(
                        "Created the first admin account '{}' from ATLAS_ADMIN_EMAIL/ATLAS_ADMIN_PASSWORD",
                        form.normalisedUsername());
                return;
            }
            LOG.warn("ATLAS_ADMIN_EMAIL/ATLAS_ADMIN_PASSWORD ignored: {}", String.join("; ", form.problems()));
        }
        String token = newToken();
        setupToken.set(token);
        LOG.warn(
                "No admin account yet. Open /setup on this server and enter the one-time setup token {} "
                        + "(or restart with ATLAS_ADMIN_EMAIL and ATLAS_ADMIN_PASSWORD set).",
                token);
    }

    /** The setup page is open only while no admin exists and a token was issued. */
    boolean setupOpen() {
        return setupToken.get() != null && !accounts.anyAdmin();
    }

    /** Creates the admin if the token matches (constant-time compare); the token is then spent. */
    synchronized Optional<Account> createAdmin(String token, NewAccountForm form) {
        String expected = setupToken.get();
        if (expected == null || token == null || accounts.anyAdmin()) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), token.trim().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        setupToken.set(null);
        String email = form.email() == null || form.email().isBlank()
                ? null
                : form.email().trim().toLowerCase(Locale.ROOT);
        return Optional.of(
                accounts.create(form.normalisedUsername(), email, encoder.encode(form.password()), Role.ADMIN, false));
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
