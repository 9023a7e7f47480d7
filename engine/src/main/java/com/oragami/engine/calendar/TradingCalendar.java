package com.oragami.engine.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The trading sessions of one exchange over a fixed range of years. Every method taking a date or
 * a year throws {@link IllegalArgumentException} when it lies outside {@link #firstYear()} to
 * {@link #lastYear()}: a caller holding user input checks {@link #covers(LocalDate)} or the year
 * bounds first (the CLI answers with exit code 2, the server with a problem).
 */
public interface TradingCalendar {

    /** The zone the session times are in. */
    ZoneId zone();

    /** The first year covered, inclusive. */
    int firstYear();

    /** The last year covered, inclusive. */
    int lastYear();

    /** Whether {@code date} lies in the covered years. */
    default boolean covers(LocalDate date) {
        return date.getYear() >= firstYear() && date.getYear() <= lastYear();
    }

    /** Whether the exchange trades on {@code date}. */
    boolean isSession(LocalDate date);

    /** The session on {@code date}, or empty on a weekend, holiday or special closure. */
    Optional<Session> session(LocalDate date);

    /** Every session of {@code year}, in date order. */
    List<Session> sessions(int year);

    /**
     * Every session from {@code from} to {@code to}, both inclusive, in date order.
     *
     * @throws IllegalArgumentException also when {@code from} is after {@code to}
     */
    List<Session> sessions(LocalDate from, LocalDate to);

    /**
     * The first session date strictly after {@code date}.
     *
     * @throws IllegalArgumentException also when there is none within the covered years
     */
    LocalDate next(LocalDate date);

    /**
     * The last session date strictly before {@code date}.
     *
     * @throws IllegalArgumentException also when there is none within the covered years
     */
    LocalDate previous(LocalDate date);

    /** The weekdays of {@code year} without a session, with the reason, in date order. */
    List<Holiday> holidays(int year);
}
