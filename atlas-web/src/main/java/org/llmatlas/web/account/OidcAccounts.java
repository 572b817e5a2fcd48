package org.llmatlas.web.account;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps an OIDC login to a site account whose username is the provider's verified e-mail address. A first OIDC login
 * creates a reader account; an admin raises the role. An unverified e-mail address is refused, so that nobody can
 * claim someone else's account by typing their address at a lax provider.
 */
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final Accounts accounts;

    OidcAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String email = user.getEmail();
        if (email == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("unverified_email", "The provider did not confirm an e-mail address", null));
        }
        String username = email.trim().toLowerCase(Locale.ROOT);
        Account account =
                accounts.find(username).orElseGet(() -> accounts.create(username, username, null, Role.READER, false));
        if (account.llm()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("reserved_account"));
        }
        return new DefaultOidcUser(
                List.of(new SimpleGrantedAuthority(account.role().authority())),
                user.getIdToken(),
                user.getUserInfo(),
                "email");
    }
}
