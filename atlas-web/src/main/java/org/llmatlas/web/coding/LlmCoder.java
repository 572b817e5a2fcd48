package org.llmatlas.web.coding;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.web.account.Account;
import org.llmatlas.web.account.Accounts;
import org.llmatlas.web.account.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An optional extra coder: any OpenAI-compatible chat endpoint codes a proposal with the same scheme as the humans.
 * Configured by {@code atlas.llm.base-url} and {@code atlas.llm.model} (environment {@code ATLAS_LLM_BASE_URL},
 * {@code ATLAS_LLM_MODEL}); the API key comes from the environment variable {@code ATLAS_LLM_API_KEY} and is never
 * logged. Its coding is stored like a coder's, under the account {@value #ACCOUNT}, counts in the agreement figures,
 * stays hidden until the humans have submitted, and never decides anything: only an editor publishes.
 */
@Component
public class LlmCoder {

    static final String ACCOUNT = "llm-coder";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String model;
    private final String apiKey;
    private final CodingService coding;
    private final ReleaseCutter releases;
    private final Accounts accounts;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    LlmCoder(
            @Value("${atlas.llm.base-url:}") String baseUrl,
            @Value("${atlas.llm.model:}") String model,
            @Value("${ATLAS_LLM_API_KEY:}") String apiKey,
            CodingService coding,
            ReleaseCutter releases,
            Accounts accounts) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.model = model;
        this.apiKey = apiKey;
        this.coding = coding;
        this.releases = releases;
        this.accounts = accounts;
    }

    public boolean enabled() {
        return !baseUrl.isBlank() && !model.isBlank();
    }

    /** Asks the endpoint to code proposal {@code id} and stores the result as the LLM coder's coding. */
    public Coding code(long id) {
        if (!enabled()) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "No LLM coder configured: set atlas.llm.base-url and atlas.llm.model (and ATLAS_LLM_API_KEY)");
        }
        Proposal proposal = coding.proposal(id);
        Catalog catalog = releases.current();
        Account account =
                accounts.find(ACCOUNT).orElseGet(() -> accounts.create(ACCOUNT, null, null, Role.CODER, true));
        coding.assignLlm(id, account.username());
        JsonNode answer = ask(prompt(proposal, catalog));
        Coding result = new Coding(
                account.username(),
                known(answer.path("phase").asString(null), catalog.phases()),
                known(answer.path("problem").asString(null), catalog.problems()),
                known(answer.path("remedy").asString(null), catalog.remedies()),
                objectives(answer.path("objectives"), catalog),
                CodingForm.blankToNull(answer.path("quote").asString(null)),
                CodingForm.blankToNull(answer.path("page").asString(null)),
                true,
                Instant.now());
        coding.submit(id, result);
        return result;
    }

    private String prompt(Proposal proposal, Catalog catalog) {
        return "Code this proposed change to the LLM ATLAS catalog. Answer with one JSON object with the keys"
                + " phase, problem, remedy (one ID each), objectives (a list of IDs), quote (a short verbatim quote"
                + " from the proposal's evidence) and page (the page of the quote, or null).\n"
                + "Phases: " + ids(catalog.phases()) + "\nAgency problems: " + ids(catalog.problems())
                + "\nRemedies: " + ids(catalog.remedies()) + "\nObjectives: " + ids(catalog.objectives())
                + "\n\nTitle: " + proposal.title() + "\nEntity:\n" + proposal.body() + "\nRationale and evidence:\n"
                + proposal.rationale();
    }

    private JsonNode ask(String prompt) {
        ObjectNode request = JSON.createObjectNode();
        request.put("model", model);
        request.put("temperature", 0);
        request.putObject("response_format").put("type", "json_object");
        ArrayNode messages = request.putArray("messages");
        messages.addObject()
                .put("role", "system")
                .put("content", "You are a careful qualitative coder. Reply with JSON only.");
        messages.addObject().put("role", "user").put("content", prompt);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + "/chat/completions"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)));
        if (!apiKey.isBlank()) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_GATEWAY, "LLM coder endpoint answered HTTP " + response.statusCode());
            }
            String content = JSON.readTree(response.body())
                    .path("choices")
                    .path(0)
                    .path("message")
                    .path("content")
                    .asString("");
            return JSON.readTree(stripFences(content));
        } catch (IOException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_GATEWAY, "LLM coder endpoint unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted");
        } catch (JacksonException e) {
            throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, "LLM coder did not answer with a JSON coding");
        }
    }

    private static String stripFences(String content) {
        String trimmed = content.trim();
        if (trimmed.startsWith("```")) {
            trimmed = trimmed.replaceFirst("^```(json)?", "").replaceFirst("```$", "");
        }
        return trimmed.trim();
    }

    /** Keeps an ID only if the release has it: the LLM must not invent codes. */
    private static String known(String id, List<? extends CatalogEntity> entities) {
        return id != null && entities.stream().anyMatch(e -> e.id().equals(id.trim())) ? id.trim() : null;
    }

    private static Set<String> objectives(JsonNode node, Catalog catalog) {
        Set<String> chosen = new TreeSet<>();
        if (node instanceof ArrayNode array) {
            List<String> values = new ArrayList<>();
            array.forEach(v -> values.add(v.asString("")));
            values.stream()
                    .map(v -> known(v, catalog.objectives()))
                    .filter(v -> v != null)
                    .forEach(chosen::add);
        }
        return chosen;
    }

    private static String ids(List<? extends CatalogEntity> entities) {
        return entities.stream().map(e -> e.id() + " (" + e.name() + ")").collect(Collectors.joining(", "));
    }
}
