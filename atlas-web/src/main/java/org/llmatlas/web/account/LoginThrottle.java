package org.llmatlas.web.account;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one username from one IP address
 * within {@link #WINDOW}, further attempts for that pair are refused, even with the right password, until fewer
 * than {@value #MAX_FAILURES} failures lie within the last {@link #WINDOW} (refused attempts do not count). Keyed by username and IP so that an attacker cannot lock a user out from everywhere. In memory: a
 * restart clears it, which is acceptable for a single-node site.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final InstantSource clock;

    LoginThrottle() {
        this(InstantSource.system());
    }

    LoginThrottle(InstantSource clock) {
        this.clock = clock;
    }

    /** True while this username+IP pair is locked out. */
    public boolean isLocked(String username, String ip) {
        Deque<Instant> recent = failures.get(key(username, ip));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    void recordFailure(String username, String ip) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username, ip), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    void recordSuccess(String username, String ip) {
        failures.remove(key(username, ip));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        remoteAddress(event.getAuthentication())
                .ifPresent(ip -> recordFailure(event.getAuthentication().getName(), ip));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        remoteAddress(event.getAuthentication())
                .ifPresent(ip -> recordSuccess(event.getAuthentication().getName(), ip));
    }

    private void prune(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }

    private static Optional<String> remoteAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return Optional.ofNullable(details.getRemoteAddress());
        }
        return Optional.empty();
    }

    private static String key(String username, String ip) {
        return (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + '|' + ip;
    }
}
