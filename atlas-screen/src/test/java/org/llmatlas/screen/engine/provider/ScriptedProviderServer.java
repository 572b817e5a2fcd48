package org.llmatlas.screen.engine.provider;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One provider's endpoint scripted in-process: every request gets the scripted reply (status, body in the provider's
 * wire format, optional {@code Retry-After}, optional delay) and is recorded with its path, headers and JSON body.
 */
final class ScriptedProviderServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the client sent. */
    record Received(String path, Headers headers, JsonNode body) {}

    private record Reply(int status, String body, String retryAfter, Duration delay) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Reply reply = new Reply(500, "{}", null, Duration.ZERO);

    private ScriptedProviderServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    static ScriptedProviderServer start() {
        return new ScriptedProviderServer();
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    ScriptedProviderServer reply(int status, String body) {
        return reply(status, body, null);
    }

    ScriptedProviderServer reply(int status, String body, String retryAfter) {
        reply = new Reply(status, body, retryAfter, Duration.ZERO);
        return this;
    }

    /** Stays silent this long before the reply: a timeout for a client that waits less. */
    ScriptedProviderServer delay(Duration value) {
        Reply r = reply;
        reply = new Reply(r.status(), r.body(), r.retryAfter(), value);
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received last() {
        return received.getLast();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(),
                    request.length == 0 ? JSON.createObjectNode() : JSON.readTree(request)));
            Reply r = reply;
            if (!r.delay().isZero()) {
                try {
                    Thread.sleep(r.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (r.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", r.retryAfter());
            }
            exchange.sendResponseHeaders(r.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
