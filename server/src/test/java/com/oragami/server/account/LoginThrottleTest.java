package com.oragami.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.server.platform.OragamiProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock tests move by hand. */
    static final class SettableClock extends Clock {
        Instant now = Instant.parse("2026-01-05T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SettableClock clock = new SettableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            clock,
            new OragamiProperties(null, null, new OragamiProperties.Login(3, 4, Duration.ofMinutes(15)), null, null));

    @Test
    void fifthAttemptFromOneAddressIsRefused() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.tryAttempt("10.0.0.1")).isTrue();
        }

        assertThat(throttle.tryAttempt("10.0.0.1")).isFalse();
        assertThat(throttle.tryAttempt("10.0.0.2")).isTrue();
    }

    @Test
    void addressMayTryAgainOnceTheWindowHasPassed() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt("10.0.0.1");
        }

        clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);

        assertThat(throttle.tryAttempt("10.0.0.1")).isTrue();
    }

    @Test
    void accountLocksAtThreeFailuresAndSuccessClearsThem() {
        throttle.recordFailure("a@example.com");
        throttle.recordFailure("a@example.com");
        assertThat(throttle.isLocked("a@example.com")).isFalse();

        throttle.recordFailure("a@example.com");
        assertThat(throttle.isLocked("a@example.com")).isTrue();
        assertThat(throttle.isLocked("b@example.com")).isFalse();

        throttle.clearFailures("a@example.com");
        assertThat(throttle.isLocked("a@example.com")).isFalse();
    }
}
