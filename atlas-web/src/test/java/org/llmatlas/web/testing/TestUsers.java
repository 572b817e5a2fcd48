package org.llmatlas.web.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Accounts for tests that log in through the login form (browser tests): {@code alice} and {@code bob}, each with
 * the password {@link #PASSWORD}. MockMvc tests set the user directly instead.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    @Bean
    UserDetailsService testUsers() {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice")
                        .password("{noop}" + PASSWORD)
                        .roles("USER")
                        .build(),
                User.withUsername("bob")
                        .password("{noop}" + PASSWORD)
                        .roles("USER")
                        .build());
    }
}
