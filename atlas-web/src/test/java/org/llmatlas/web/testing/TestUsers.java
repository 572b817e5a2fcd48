package org.llmatlas.web.testing;

import org.llmatlas.web.account.Accounts;
import org.llmatlas.web.account.Role;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts for tests that log in through the login form (browser tests): {@code alice} and {@code bob}, readers with
 * the password {@link #PASSWORD}, stored as real accounts so that login goes through the site's own account store.
 * MockMvc tests set the user directly instead.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    @Bean
    ApplicationRunner testUsers(Accounts accounts, PasswordEncoder encoder) {
        return args -> {
            for (String name : new String[] {"alice", "bob"}) {
                if (accounts.find(name).isEmpty()) {
                    accounts.create(name, name + "@example.org", encoder.encode(PASSWORD), Role.READER, false);
                }
            }
        };
    }
}
