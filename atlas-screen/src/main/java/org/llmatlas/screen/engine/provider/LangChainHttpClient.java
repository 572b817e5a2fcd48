package org.llmatlas.screen.engine.provider;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.ChatException.Kind;
import org.llmatlas.screen.engine.openai.ErrorDetail;
import org.llmatlas.screen.engine.openai.RetryAfter;
import org.llmatlas.screen.engine.openai.Secrets;

/**
 * LangChain4j's HTTP client SPI on the JDK client, so that LangChain4j models fail the way the engine needs.
 * LangChain4j's own client drops the headers of a failed answer, so a 429's {@code Retry-After} would be lost, and
 * turns the rest into exceptions without the provider's message. This one throws the engine's {@link ChatException}
 * directly (kind, status, the provider's message with the key redacted, {@code Retry-After}); LangChain4j passes it
 * through unchanged because its retries are off.
 */
final class LangChainHttpClient implements HttpClient {

    private final java.net.http.HttpClient jdk;
    private final Duration readTimeout;
    private final String secret;
    private final FailureReading failures;

    private LangChainHttpClient(Builder builder) {
        java.net.http.HttpClient.Builder jdkBuilder =
                java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NORMAL);
        if (builder.connectTimeout != null) {
            jdkBuilder.connectTimeout(builder.connectTimeout);
        }
        this.jdk = jdkBuilder.build();
        this.readTimeout = builder.readTimeout;
        this.secret = builder.secret;
        this.failures = builder.failures;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        URI uri = URI.create(request.url());
        String where = Secrets.redact(request.method() + " " + uri, secret);
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(uri)
                .method(
                        request.method().name(),
                        request.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(request.body()));
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        if (readTimeout != null) {
            builder.timeout(readTimeout);
        }
        if ("http".equals(uri.getScheme())) {
            builder.version(java.net.http.HttpClient.Version.HTTP_1_1); // no h2c upgrade on plain-text endpoints
        }
        HttpResponse<byte[]> response;
        try {
            response = jdk.send(builder.build(), BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new ChatException(Kind.UNREACHABLE, 0, "cannot connect to " + where + " (timed out)", null);
        } catch (HttpTimeoutException e) {
            throw new ChatException(Kind.TIMEOUT, 0, "no answer from " + where + " within " + readTimeout, null);
        } catch (IOException e) {
            throw new ChatException(
                    Kind.UNREACHABLE,
                    0,
                    "cannot connect to " + where + ": " + Secrets.redact(ChatException.reason(e), secret),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatException(Kind.TIMEOUT, 0, "interrupted", null);
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new ChatException(
                    failures.kind(status, body),
                    status,
                    "HTTP " + status + " from " + where + ": " + ErrorDetail.of(body, secret),
                    RetryAfter.from(response.headers(), Clock.systemUTC())
                            .or(() -> failures.retryAfter(body))
                            .orElse(null));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(status)
                .headers(response.headers().map())
                .body(body)
                .build();
    }

    /** Not used: screening asks LangChain4j's blocking chat API, one whole answer per call. */
    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("atlas screen calls LangChain4j models without streaming");
    }

    /** Built by LangChain4j with the model's timeout; the secret and the failure reading come from the engine. */
    static final class Builder implements HttpClientBuilder {

        private final String secret;
        private final FailureReading failures;
        private Duration connectTimeout;
        private Duration readTimeout;

        /**
         * @param secret the key, redacted from every message ({@code null} when there is none)
         * @param failures how the provider's failed answers are read
         */
        Builder(String secret, FailureReading failures) {
            this.secret = secret;
            this.failures = failures;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public HttpClient build() {
            return new LangChainHttpClient(this);
        }
    }
}
