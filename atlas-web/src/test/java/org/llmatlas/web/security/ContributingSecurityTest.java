package org.llmatlas.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmatlas.web.account.Accounts;
import org.llmatlas.web.account.Role;
import org.llmatlas.web.coding.CodingFixture;
import org.llmatlas.web.coding.CodingService;
import org.llmatlas.web.coding.Proposal;
import org.llmatlas.web.coding.ReleaseCutter;
import org.llmatlas.web.testing.H2Database;
import org.llmatlas.web.testing.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * CSRF, stored XSS through contributed text, login rate limiting, session fixation, and optimistic locking of
 * concurrent edits.
 */
@H2Database
class ContributingSecurityTest extends WebTest {

    static final String PASSWORD = "a long enough passphrase";
    static final String SCRIPT = "<script>alert('owned')</script>";

    @Autowired
    Accounts accounts;

    @Autowired
    CodingService coding;

    @Autowired
    ReleaseCutter cutter;

    @Autowired
    PasswordEncoder encoder;

    CodingFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CodingFixture(accounts, coding, cutter);
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        String contributor = fixture.account(Role.CONTRIBUTOR);
        mvc.perform(post("/proposals")
                        .with(user(contributor).roles("CONTRIBUTOR"))
                        .param("kind", "MAPPING")
                        .param("targetId", "MAP-DATA-HC-SIGNALING-CSRF")
                        .param("title", "t")
                        .param("body", "id: MAP-DATA-HC-SIGNALING-CSRF")
                        .param("rationale", "r"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/invitations")
                        .with(user("csrf-admin").roles("ADMIN"))
                        .with(csrf().useInvalidToken())
                        .param("email", "x@example.org")
                        .param("role", "coder"))
                .andExpect(status().isForbidden());
    }

    @Test
    void contributedScriptIsEscapedOnEveryPageThatShowsIt() throws Exception {
        String contributor = fixture.account(Role.CONTRIBUTOR);
        String coderA = fixture.account(Role.CODER);
        String coderB = fixture.account(Role.CODER);
        String editor = fixture.account(Role.EDITOR);
        long id = fixture.proposeMapping(contributor, SCRIPT, List.of(coderA, coderB));

        List<String> pages = new ArrayList<>();
        pages.add(page("/proposals", as(contributor, Role.CONTRIBUTOR)));
        pages.add(page("/proposals/" + id, as(contributor, Role.CONTRIBUTOR)));
        pages.add(page("/coding", as(coderA, Role.CODER)));
        pages.add(page("/coding/" + id, as(coderA, Role.CODER)));
        coding.submit(id, xssCoding(coderA));
        coding.submit(id, xssCoding(coderB));
        pages.add(page("/coding/" + id + "/codings/" + coderA, as(coderB, Role.CODER)));
        pages.add(page("/proposals/" + id, as(editor, Role.EDITOR)));
        pages.add(page("/editor/proposals/" + id + "/reconcile", as(editor, Role.EDITOR)));

        for (String html : pages) {
            assertThat(html).doesNotContain(SCRIPT).doesNotContain("<script>alert");
        }
        assertThat(pages.get(1)).contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;");
        assertThat(pages.get(6)).contains("&lt;script&gt;");
    }

    @Test
    void fiveFailedLoginsLockTheUsernameFromThatAddressEvenForTheRightPassword() throws Exception {
        String username = CodingFixture.unique("locked");
        accounts.create(username, null, encoder.encode(PASSWORD), Role.READER, false);

        for (int i = 0; i < 5; i++) {
            mvc.perform(login(username, "wrong password " + i).with(from("10.1.1.1")))
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }
        mvc.perform(login(username, PASSWORD).with(from("10.1.1.1")))
                .andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());
        mvc.perform(login(username, PASSWORD).with(from("10.2.2.2")))
                .andExpect(authenticated().withUsername(username));
    }

    /** Over real HTTP: the session cookie issued before login must not be the one that carries the login. */
    @Test
    void loginChangesTheSessionIdAgainstSessionFixation() throws Exception {
        String username = CodingFixture.unique("fixation");
        accounts.create(username, null, encoder.encode(PASSWORD), Role.READER, false);
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> loginPage = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(loginPage).orElseThrow();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();

        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(sessionCookie(login))
                .hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                .findFirst();
    }

    @Test
    void secondOfTwoConcurrentEditsFromTheSameVersionGetsAConflictAndNothingIsLost() throws Exception {
        String contributor = fixture.account(Role.CONTRIBUTOR);
        long id = fixture.proposeMapping(contributor, "concurrent", List.of());
        Proposal original = coding.proposal(id);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String title : List.of("Edit one", "Edit two")) {
                Callable<Integer> edit = () -> {
                    start.await();
                    return mvc.perform(post("/proposals/{id}/edit", id)
                                    .with(as(contributor, Role.CONTRIBUTOR))
                                    .with(csrf())
                                    .param("version", String.valueOf(original.version()))
                                    .param("title", title)
                                    .param("body", original.body())
                                    .param("rationale", "rationale of " + title))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                };
                results.add(pool.submit(edit));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        } finally {
            pool.shutdownNow();
        }
        Proposal after = coding.proposal(id);
        assertThat(after.version()).isEqualTo(original.version() + 1);
        assertThat(after.rationale()).isEqualTo("rationale of " + after.title());

        String conflict = mvc.perform(post("/proposals/{id}/edit", id)
                        .with(as(contributor, Role.CONTRIBUTOR))
                        .with(csrf())
                        .param("version", String.valueOf(original.version()))
                        .param("title", "Stale edit")
                        .param("body", original.body())
                        .param("rationale", "stale"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(conflict).contains("changed by someone else").contains("reload");
        assertThat(coding.proposal(id).title()).isEqualTo(after.title());
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static org.llmatlas.web.coding.Coding xssCoding(String coder) {
        return new org.llmatlas.web.coding.Coding(
                coder,
                "PH-DATA",
                "AP-HIDDEN-CHARACTERISTICS",
                "RM-SIGNALING",
                Set.of(),
                SCRIPT,
                "1",
                false,
                java.time.Instant.now());
    }

    private static RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }

    private static MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").with(csrf()).param("username", username).param("password", password);
    }

    private static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }
}
