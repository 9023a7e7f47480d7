package com.oragami.engine.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A weekday on which the exchange has no session, and why: a holiday by rule ("Good Friday") or a
 * special closure ("National Day of Mourning for former President Jimmy Carter").
 */
public record Holiday(LocalDate date, String name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
