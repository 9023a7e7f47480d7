package com.oragami.engine.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One trading session: its date and its open and close as New York wall-clock times ({@link
 * NyseCalendar#ZONE}). {@code earlyClose} marks a scheduled shortened day (13:00 on the NYSE).
 *
 * @throws IllegalArgumentException from the constructor when {@code open} is not before {@code
 *     close}
 */
public record Session(LocalDate date, LocalTime open, LocalTime close, boolean earlyClose) {

    public Session {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (!open.isBefore(close)) {
            throw new IllegalArgumentException(
                    "session " + date + " must open before it closes, got " + open + " to " + close);
        }
    }

    /** The opening instant in New York time (the offset follows daylight saving on that date). */
    public ZonedDateTime openAt() {
        return ZonedDateTime.of(date, open, NyseCalendar.ZONE);
    }

    /** The closing instant in New York time (the offset follows daylight saving on that date). */
    public ZonedDateTime closeAt() {
        return ZonedDateTime.of(date, close, NyseCalendar.ZONE);
    }
}
