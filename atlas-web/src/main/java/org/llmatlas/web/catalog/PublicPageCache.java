package org.llmatlas.web.catalog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.llmatlas.web.release.ReleasePublished;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered catalog pages that anonymous readers get. A release never changes once published, so a page
 * only goes stale when a new release becomes the latest or new coding provenance is published: both call
 * {@link #invalidate()}, and a short time-to-live bounds anything else. Signed-in users (whose pages carry their
 * name and a CSRF token) always get a fresh rendering. With the cache, a catalog page costs a map lookup instead of
 * a template rendering, which keeps p95 latency low under load (see bench/web-load.sh).
 */
@Component
public class PublicPageCache extends OncePerRequestFilter {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int MAX_PAGES = 5_000;
    private static final String[] CACHED_PREFIXES = {
        "/matrix", "/cell/", "/id/", "/r/", "/search", "/releases", "/methods"
    };

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Clock clock;

    public PublicPageCache() {
        this(Clock.systemUTC());
    }

    PublicPageCache(Clock clock) {
        this.clock = clock;
    }

    /** Forgets every cached page; call after publishing a release or coding provenance. */
    public void invalidate() {
        pages.clear();
    }

    @EventListener
    void onRelease(ReleasePublished published) {
        invalidate();
    }

    private record Page(int status, String contentType, String disposition, byte[] body, Instant expires) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getUserPrincipal() != null
                || request.getSession(false) != null) {
            return true;
        }
        String path = request.getRequestURI();
        for (String prefix : CACHED_PREFIXES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Instant now = clock.instant();
        Page page = pages.get(key);
        if (page != null && page.expires().isAfter(now)) {
            write(page, response);
            return;
        }
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        if (recorder.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null) {
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(
                    key,
                    new Page(
                            recorder.getStatus(),
                            recorder.getContentType(),
                            recorder.getHeader(HttpHeaders.CONTENT_DISPOSITION),
                            recorder.getContentAsByteArray(),
                            now.plus(TIME_TO_LIVE)));
        }
        recorder.copyBodyToResponse();
    }

    /** Path plus every parameter, sorted, so that equal requests share one entry however they are spelled. */
    private static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getRequestURI());
        new java.util.TreeMap<>(request.getParameterMap())
                .forEach((name, values) ->
                        key.append('\n').append(name).append('=').append(String.join("\u0000", values)));
        return key.toString();
    }

    private static void write(Page page, HttpServletResponse response) throws IOException {
        response.setStatus(page.status());
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        if (page.disposition() != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, page.disposition());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
