package org.llmatlas.web.security;

import org.llmatlas.web.account.LoginSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public part of the site (catalog, releases, exports, permalinks) is readable without an account; organisation
 * workspaces need one. Accounts, roles, the login page and the contributing part's rules come from
 * {@link LoginSecurity}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Paths anyone may GET. */
    static final String[] PUBLIC_PATHS = {
        "/",
        "/matrix",
        "/matrix/**",
        "/cell/**",
        "/method/**",
        "/methods/**",
        "/search",
        "/releases",
        "/releases/**",
        "/r/**",
        "/id/**",
        "/export/**",
        "/webjars/**",
        "/css/**",
        "/favicon.ico",
        "/error",
        "/actuator/health"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginSecurity loginSecurity) throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(PUBLIC_PATHS).permitAll();
            loginSecurity.authorize(requests);
            requests.anyRequest().authenticated();
        });
        loginSecurity.login(http);
        http.logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                + " frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }
}
