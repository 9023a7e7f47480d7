package com.oragami.server.account;

import com.oragami.server.platform.OragamiProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Sliding-window limits on signing in, kept in memory (one node; a cluster would move this to
 * PostgreSQL): at most {@code maxAttemptsPerAddress} register/login attempts per client address,
 * and at most {@code maxFailuresPerAccount} failed logins per account, within {@code window}. A
 * successful login clears the account's failures. Limits apply before the password is checked, so
 * a throttled guess learns nothing.
 */
@Component
class LoginThrottle {

    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int maxFailuresPerAccount;
    private final int maxAttemptsPerAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, OragamiProperties properties) {
        this.clock = clock;
        this.maxFailuresPerAccount = properties.login().maxFailuresPerAccount();
        this.maxAttemptsPerAddress = properties.login().maxAttemptsPerAddress();
        this.window = properties.login().window();
    }

    /** Counts an attempt from this address; false when the address is over its limit. */
    boolean tryAttempt(String address) {
        return record(attempts, address, maxAttemptsPerAddress);
    }

    /** Whether the account has too many recent failed logins. */
    boolean isLocked(String email) {
        Deque<Instant> recent = failures.get(email);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= maxFailuresPerAccount;
        }
    }

    void recordFailure(String email) {
        record(failures, email, Integer.MAX_VALUE);
    }

    void clearFailures(String email) {
        failures.remove(email);
    }

    private boolean record(Map<String, Deque<Instant>> map, String key, int limit) {
        if (map.size() > PRUNE_ABOVE) {
            map.values().removeIf(q -> {
                synchronized (q) {
                    prune(q);
                    return q.isEmpty();
                }
            });
        }
        Deque<Instant> recent = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            if (recent.size() >= limit) {
                return false;
            }
            recent.addLast(clock.instant());
            return true;
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.pollFirst();
        }
    }
}
