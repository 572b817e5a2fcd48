package org.llmatlas.web.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The OIDC providers configured through {@code spring.security.oauth2.client.registration.*}; none by default, and
 * then OIDC login is off. Spring Boot creates the registration repository only when registrations are configured.
 */
@Component
public class OidcProviders {

    /** One "Sign in with ..." button. */
    public record Provider(String registrationId, String name) {}

    private final ObjectProvider<ClientRegistrationRepository> repository;

    OidcProviders(ObjectProvider<ClientRegistrationRepository> repository) {
        this.repository = repository;
    }

    public boolean enabled() {
        return repository.getIfAvailable() != null;
    }

    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (repository.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
            for (ClientRegistration registration : registrations) {
                providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        return providers;
    }
}
