package org.llmatlas.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmatlas.web.account.Role;
import org.llmatlas.web.testing.H2Database;
import org.llmatlas.web.testing.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the contributing part × every role → expected outcome. An endpoint row names the lowest role
 * that may use it (or none for public pages); a role below it gets 403, an anonymous visitor is sent to the login
 * page, and a role at or above it gets past security (whatever the controller then answers, e.g. 404 for the
 * made-up proposal 999999). A second test fails when a controller gains an endpoint that the table lacks.
 */
@H2Database
class AuthorizationPerRoleTest extends WebTest {

    /** One endpoint: method, URL as called, the mapping pattern it exercises, and the lowest role allowed. */
    record Endpoint(HttpMethod method, String url, String pattern, Optional<Role> minimum) {
        static Endpoint open(HttpMethod method, String url, String pattern) {
            return new Endpoint(method, url, pattern, Optional.empty());
        }

        static Endpoint of(HttpMethod method, String url, String pattern, Role minimum) {
            return new Endpoint(method, url, pattern, Optional.of(minimum));
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.open(HttpMethod.GET, "/login", "/login"),
            Endpoint.open(HttpMethod.GET, "/setup", "/setup"),
            Endpoint.open(HttpMethod.POST, "/setup", "/setup"),
            Endpoint.open(HttpMethod.GET, "/invite/not-a-token", "/invite/{token}"),
            Endpoint.open(HttpMethod.POST, "/invite/not-a-token", "/invite/{token}"),
            Endpoint.open(HttpMethod.GET, "/agreement", "/agreement"),
            Endpoint.of(HttpMethod.GET, "/proposals", "/proposals", Role.READER),
            Endpoint.of(HttpMethod.GET, "/proposals/999999", "/proposals/{id}", Role.READER),
            Endpoint.of(HttpMethod.GET, "/proposals/new", "/proposals/new", Role.CONTRIBUTOR),
            Endpoint.of(HttpMethod.POST, "/proposals", "/proposals", Role.CONTRIBUTOR),
            Endpoint.of(HttpMethod.POST, "/proposals/999999/edit", "/proposals/{id}/edit", Role.CONTRIBUTOR),
            Endpoint.of(HttpMethod.GET, "/coding", "/coding", Role.CODER),
            Endpoint.of(HttpMethod.GET, "/coding/999999", "/coding/{id}", Role.CODER),
            Endpoint.of(HttpMethod.POST, "/coding/999999", "/coding/{id}", Role.CODER),
            Endpoint.of(HttpMethod.GET, "/coding/999999/codings/x", "/coding/{id}/codings/{coder}", Role.CODER),
            Endpoint.of(
                    HttpMethod.POST, "/editor/proposals/999999/assign", "/editor/proposals/{id}/assign", Role.EDITOR),
            Endpoint.of(HttpMethod.POST, "/editor/proposals/999999/llm", "/editor/proposals/{id}/llm", Role.EDITOR),
            Endpoint.of(
                    HttpMethod.GET,
                    "/editor/proposals/999999/reconcile",
                    "/editor/proposals/{id}/reconcile",
                    Role.EDITOR),
            Endpoint.of(
                    HttpMethod.POST, "/editor/proposals/999999/publish", "/editor/proposals/{id}/publish", Role.EDITOR),
            Endpoint.of(
                    HttpMethod.POST, "/editor/proposals/999999/reject", "/editor/proposals/{id}/reject", Role.EDITOR),
            Endpoint.of(HttpMethod.GET, "/editor/releases", "/editor/releases", Role.EDITOR),
            Endpoint.of(HttpMethod.POST, "/editor/releases", "/editor/releases", Role.EDITOR),
            Endpoint.of(HttpMethod.GET, "/admin/accounts", "/admin/accounts", Role.ADMIN),
            Endpoint.of(HttpMethod.POST, "/admin/invitations", "/admin/invitations", Role.ADMIN),
            Endpoint.of(HttpMethod.POST, "/admin/accounts/nobody/role", "/admin/accounts/{username}/role", Role.ADMIN));

    static Stream<Arguments> endpointTimesRole() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            rows.add(Arguments.of(endpoint.method() + " " + endpoint.url() + " as anonymous", endpoint, null));
            for (Role role : Role.values()) {
                rows.add(
                        Arguments.of(endpoint.method() + " " + endpoint.url() + " as " + role.label(), endpoint, role));
            }
        }
        return rows.stream();
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointTimesRole")
    void eachRoleGetsExactlyTheAccessItsRowSays(String name, Endpoint endpoint, Role role) throws Exception {
        MockHttpServletRequestBuilder call = request(endpoint.method(), endpoint.url());
        if (endpoint.method() == HttpMethod.POST) {
            call.with(csrf());
        }
        if (role != null) {
            call.with(user("table-" + role.label()).roles(role.name()));
        }
        MockHttpServletResponse response = mvc.perform(call).andReturn().getResponse();

        if (endpoint.minimum().isEmpty()
                || (role != null && role.compareTo(endpoint.minimum().get()) >= 0)) {
            assertThat(response.getStatus()).as(name + " gets past security").isNotIn(401, 403);
            assertThat(String.valueOf(response.getRedirectedUrl())).as(name).doesNotEndWith("/login");
        } else if (role == null) {
            assertThat(response.getStatus()).as(name).isEqualTo(302);
            assertThat(response.getRedirectedUrl())
                    .as(name + " is sent to the login page")
                    .endsWith("/login");
        } else {
            assertThat(response.getStatus()).as(name).isEqualTo(403);
        }
    }

    @Test
    void theTableListsEveryEndpointOfTheContributingPart() {
        Set<String> listed = new TreeSet<>();
        ENDPOINTS.forEach(e -> listed.add(e.method() + " " + e.pattern()));
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (isContributingPart(handler)) {
                for (String pattern : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        });
        assertThat(listed).containsAll(mapped);
    }

    private static boolean isContributingPart(HandlerMethod handler) {
        String pkg = handler.getBeanType().getPackageName();
        return Arrays.asList("org.llmatlas.web.account", "org.llmatlas.web.coding")
                .contains(pkg);
    }
}
