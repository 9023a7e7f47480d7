package com.oragami.server.trading;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** A clock tests set and move; shared by every bean of the test context. */
final class MutableClock extends Clock {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private volatile Instant now = Instant.parse("2024-01-02T15:00:00Z");

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    void set(Instant instant) {
        now = instant;
    }

    /** Sets the clock to a New York wall-clock time. */
    void setNewYork(LocalDate date, LocalTime time) {
        now = ZonedDateTime.of(date, time, NEW_YORK).toInstant();
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }
}
