package org.llmatlas.web.account;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How local accounts authenticate. Hashes are stored with an algorithm prefix ({@code {bcrypt}...}) through a
 * {@link DelegatingPasswordEncoder}, so the algorithm or cost can change later without invalidating old hashes.
 */
@Configuration(proxyBeanMethods = false)
class AccountBeans {

    static final int BCRYPT_COST = 12;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(BCRYPT_COST)));
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
    }

    /** Accounts without a password (OIDC-only, the LLM coder) cannot sign in with the login form. */
    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return username -> accounts.find(username)
                .filter(account -> account.passwordHash() != null)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .authorities(List.of(
                                new SimpleGrantedAuthority(account.role().authority())))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
