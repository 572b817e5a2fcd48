package org.llmatlas.web.account;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * The contributing part's share of the security filter chain: who may call which path (by role; the role
 * hierarchy lets higher roles in), the login page with rate limiting and session fixation protection, and OIDC
 * login when providers are configured. The site's {@code SecurityConfig} applies it; keeping the rules here keeps
 * them next to the features they protect and next to the table-driven test that checks them.
 */
@Component
public class LoginSecurity {

    /** Paths anyone may use: login, first-admin setup, invitation links and the public agreement figures. */
    public static final String[] PUBLIC_PATHS = {"/login", "/setup", "/invite/**", "/agreement", "/agreement/**"};

    private final LoginThrottle throttle;
    private final OidcProviders oidc;
    private final Accounts accounts;

    LoginSecurity(LoginThrottle throttle, OidcProviders oidc, Accounts accounts) {
        this.throttle = throttle;
        this.oidc = oidc;
        this.accounts = accounts;
    }

    /** Role rules for the contributing part; call before the catch-all rule. */
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(PUBLIC_PATHS)
                .permitAll()
                .requestMatchers("/admin/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/editor/**")
                .hasRole(Role.EDITOR.name())
                .requestMatchers("/coding", "/coding/**")
                .hasRole(Role.CODER.name())
                .requestMatchers("/proposals/new")
                .hasRole(Role.CONTRIBUTOR.name())
                .requestMatchers(HttpMethod.POST, "/proposals", "/proposals/**")
                .hasRole(Role.CONTRIBUTOR.name())
                .requestMatchers("/proposals", "/proposals/**")
                .hasRole(Role.READER.name());
    }

    /** Form login with throttling, session fixation protection, and OIDC login if configured. */
    public void login(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage("/login").permitAll())
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        if (oidc.enabled()) {
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccounts(accounts))));
        }
    }
}
