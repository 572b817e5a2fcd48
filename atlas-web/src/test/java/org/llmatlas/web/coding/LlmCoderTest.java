package org.llmatlas.web.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmatlas.web.account.Accounts;
import org.llmatlas.web.account.Role;
import org.llmatlas.web.testing.H2Database;
import org.llmatlas.web.testing.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.server.ResponseStatusException;

/**
 * The LLM coder against a tiny OpenAI-compatible server on loopback that answers every chat completion with a
 * fixed JSON coding.
 */
@H2Database
class LlmCoderTest extends WebTest {

    static final String ANSWER = """
            {"phase": "PH-DATA", "problem": "AP-HIDDEN-CHARACTERISTICS", "remedy": "RM-SCREENING",
             "objectives": ["OBJ-HHH-HONEST", "OBJ-MADE-UP"], "quote": "data cards document the dataset", "page": "3"}""";

    @Autowired
    Accounts accounts;

    @Autowired
    CodingService coding;

    @Autowired
    ReleaseCutter cutter;

    @Autowired
    AgreementService agreement;

    HttpServer server;
    final AtomicReference<String> authorization = new AtomicReference<>();
    final AtomicReference<String> requestBody = new AtomicReference<>();
    String content = ANSWER;

    @BeforeEach
    void openAiCompatibleServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            requestBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
            byte[] body = ("{\"id\":\"x\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":"
                            + "{\"role\":\"assistant\",\"content\":\"" + escaped + "\"},\"finish_reason\":\"stop\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    LlmCoder llm() {
        return new LlmCoder(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/",
                "test-model",
                "test-key",
                coding,
                cutter,
                accounts);
    }

    @Test
    void codesLikeACoderIsReportedAsLlmAndDecidesNothing() {
        CodingFixture fixture = new CodingFixture(accounts, coding, cutter);
        String coderA = fixture.account(Role.CODER);
        String coderB = fixture.account(Role.CODER);
        long id = fixture.proposeMapping(fixture.account(Role.CONTRIBUTOR), "llm", List.of(coderA, coderB));
        fixture.code(id, coderA, "PH-DATA", "RM-SIGNALING", Set.of("OBJ-HHH-HONEST"));

        Coding llmCoding = llm().code(id);

        assertThat(authorization.get()).isEqualTo("Bearer test-key");
        assertThat(requestBody.get()).contains("\"model\":\"test-model\"").contains("PH-DATA");
        assertThat(llmCoding.llm()).isTrue();
        assertThat(llmCoding.remedy()).isEqualTo("RM-SCREENING");
        assertThat(llmCoding.objectives()).as("invented IDs are dropped").containsExactly("OBJ-HHH-HONEST");
        assertThat(coding.humanCodingComplete(id))
                .as("the LLM does not stand in for a human")
                .isFalse();
        assertThat(coding.visibleCodings(id, coderB))
                .as("blind for the humans too")
                .isEmpty();

        fixture.code(id, coderB, "PH-DATA", "RM-SIGNALING", Set.of("OBJ-HHH-HONEST"));

        assertThat(coding.proposal(id).status())
                .as("never silently accepted: an editor must reconcile")
                .isEqualTo(ProposalStatus.RECONCILING);
        assertThat(coding.visibleCodings(id, coderB)).extracting(Coding::coder).contains(LlmCoder.ACCOUNT);
        AgreementReport report = agreement.report();
        assertThat(report.coders())
                .filteredOn(c -> c.coder().equals(LlmCoder.ACCOUNT))
                .singleElement()
                .satisfies(c -> assertThat(c.llm()).isTrue());
        assertThat(report.pairs())
                .anyMatch(p -> p.coderB().equals(LlmCoder.ACCOUNT) || p.coderA().equals(LlmCoder.ACCOUNT));
    }

    @Test
    void anAnswerThatIsNotJsonIsAClearError() {
        CodingFixture fixture = new CodingFixture(accounts, coding, cutter);
        long id = fixture.proposeMapping(
                fixture.account(Role.CONTRIBUTOR),
                "llm-broken",
                List.of(fixture.account(Role.CODER), fixture.account(Role.CODER)));
        content = "I think it is about data.";

        assertThatThrownBy(() -> llm().code(id))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("did not answer with a JSON coding");
    }
}
