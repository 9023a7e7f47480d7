package com.oragami.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The New York Stock Exchange calendar for 2000 to 2035, computed by rule when first loaded: every
 * weekday is a session from 09:30 to 16:00 New York time unless it is a holiday or a special
 * closure; some sessions close early at 13:00.
 *
 * <p>Holidays (NYSE Rule 7.2; a holiday on a Sunday is observed on the Monday after, one on a
 * Saturday on the Friday before — except New Year's Day, which on a Saturday is not made up, so
 * the Friday, December 31, trades as in 2004, 2010, 2021, 2027 and 2032):
 *
 * <ul>
 *   <li>New Year's Day, January 1 (Sunday → Monday, Saturday → none);
 *   <li>Martin Luther King Jr. Day, third Monday of January (observed by the NYSE since 1998);
 *   <li>Washington's Birthday, third Monday of February;
 *   <li>Good Friday, two days before Easter Sunday (Gregorian computus, {@link #easterSunday});
 *   <li>Memorial Day, last Monday of May;
 *   <li>Juneteenth, June 19, from 2022 (observed on the Friday or Monday);
 *   <li>Independence Day, July 4 (observed);
 *   <li>Labor Day, first Monday of September;
 *   <li>Thanksgiving Day, fourth Thursday of November;
 *   <li>Christmas Day, December 25 (observed).
 * </ul>
 *
 * <p>Special closures: 2001-09-11 to 2001-09-14 (September 11 attacks), 2004-06-11 (Reagan),
 * 2007-01-02 (Ford), 2012-10-29 and 2012-10-30 (Hurricane Sandy), 2018-12-05 (G. H. W. Bush),
 * 2025-01-09 (Carter). Closures announced after this class was written must be added to {@link
 * #SPECIAL_CLOSURES}.
 *
 * <p>Early closes at 13:00:
 *
 * <ul>
 *   <li>July 3 when it is a Monday, Tuesday or Thursday; when it is a Wednesday only from 2013 on
 *       (before 2013 the NYSE closed early on Friday, July 5 instead, which in 2000–2035 happened
 *       only in 2002). A Friday July 3 is the observed Independence Day; on a weekend nothing.
 *   <li>The day after Thanksgiving, every year.
 *   <li>December 24 when it is a Monday to Thursday (a Friday December 24 is the observed
 *       Christmas).
 *   <li>2003-12-26, a one-off 13:00 close announced that year.
 * </ul>
 *
 * <p>Not modelled: unscheduled intraday disruptions and moments of silence (the 12:00 open of
 * 2002-09-11, the 15:56 close of 2005-06-01 after a systems problem, 09:31–09:33 opens). Sessions
 * are the scheduled ones.
 *
 * <p>Years outside {@link #FIRST_YEAR}–{@link #LAST_YEAR} are refused with {@link
 * IllegalArgumentException} (see {@link TradingCalendar}): before 2000 the early-close rules were
 * different, and after 2035 nobody can know the closures.
 */
public final class NyseCalendar implements TradingCalendar {

    /** New York time, the zone of every NYSE session. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** The regular open, 09:30 New York time. */
    public static final LocalTime OPEN = LocalTime.of(9, 30);

    /** The regular close, 16:00 New York time. */
    public static final LocalTime CLOSE = LocalTime.of(16, 0);

    /** The close of an early-close session, 13:00 New York time. */
    public static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);

    /** The first year covered. */
    public static final int FIRST_YEAR = 2000;

    /** The last year covered. */
    public static final int LAST_YEAR = 2035;

    /** Weekdays closed outside the holiday rules; the NYSE's own wording, shortened. */
    static final Map<LocalDate, String> SPECIAL_CLOSURES = Map.of(
            LocalDate.of(2001, 9, 11), "September 11 attacks",
            LocalDate.of(2001, 9, 12), "September 11 attacks",
            LocalDate.of(2001, 9, 13), "September 11 attacks",
            LocalDate.of(2001, 9, 14), "September 11 attacks",
            LocalDate.of(2004, 6, 11), "National Day of Mourning for former President Ronald Reagan",
            LocalDate.of(2007, 1, 2), "National Day of Mourning for former President Gerald Ford",
            LocalDate.of(2012, 10, 29), "Hurricane Sandy",
            LocalDate.of(2012, 10, 30), "Hurricane Sandy",
            LocalDate.of(2018, 12, 5), "National Day of Mourning for former President George H. W. Bush",
            LocalDate.of(2025, 1, 9), "National Day of Mourning for former President Jimmy Carter");

    /** Early closes outside the rules. */
    static final Set<LocalDate> SPECIAL_EARLY_CLOSES = Set.of(LocalDate.of(2003, 12, 26));

    private static final NyseCalendar STANDARD = new NyseCalendar();

    private final LocalDate[] dates;
    private final List<Session> sessions;
    private final List<Holiday> holidays;

    private NyseCalendar() {
        List<Session> allSessions = new ArrayList<>();
        List<Holiday> allHolidays = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            Map<LocalDate, String> closed = holidaysByRule(year);
            int y = year;
            SPECIAL_CLOSURES.forEach((date, name) -> {
                if (date.getYear() == y) {
                    closed.put(date, name);
                }
            });
            Set<LocalDate> early = earlyClosesByRule(year);
            early.addAll(SPECIAL_EARLY_CLOSES);
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (isWeekend(d)) {
                    continue;
                }
                String name = closed.get(d);
                if (name != null) {
                    allHolidays.add(new Holiday(d, name));
                } else {
                    boolean shortDay = early.contains(d);
                    allSessions.add(new Session(d, OPEN, shortDay ? EARLY_CLOSE : CLOSE, shortDay));
                }
            }
        }
        this.sessions = List.copyOf(allSessions);
        this.holidays = List.copyOf(allHolidays);
        this.dates = allSessions.stream().map(Session::date).toArray(LocalDate[]::new);
    }

    /** The one NYSE calendar (immutable, thread-safe). */
    public static NyseCalendar standard() {
        return STANDARD;
    }

    @Override
    public ZoneId zone() {
        return ZONE;
    }

    @Override
    public int firstYear() {
        return FIRST_YEAR;
    }

    @Override
    public int lastYear() {
        return LAST_YEAR;
    }

    @Override
    public boolean isSession(LocalDate date) {
        return session(date).isPresent();
    }

    @Override
    public Optional<Session> session(LocalDate date) {
        requireCovered(date);
        int i = Arrays.binarySearch(dates, date);
        return i >= 0 ? Optional.of(sessions.get(i)) : Optional.empty();
    }

    @Override
    public List<Session> sessions(int year) {
        requireCovered(year);
        return sessions(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    public List<Session> sessions(LocalDate from, LocalDate to) {
        requireCovered(from);
        requireCovered(to);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("sessions from " + from + " to " + to + ": from is after to");
        }
        return sessions.subList(ceiling(from), ceiling(to.plusDays(1)));
    }

    @Override
    public LocalDate next(LocalDate date) {
        requireCovered(date);
        int i = ceiling(date.plusDays(1));
        if (i == dates.length) {
            throw new IllegalArgumentException(
                    "no NYSE session after " + date + " within " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return dates[i];
    }

    @Override
    public LocalDate previous(LocalDate date) {
        requireCovered(date);
        int i = ceiling(date) - 1;
        if (i < 0) {
            throw new IllegalArgumentException(
                    "no NYSE session before " + date + " within " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return dates[i];
    }

    @Override
    public List<Holiday> holidays(int year) {
        requireCovered(year);
        return holidays.stream().filter(h -> h.date().getYear() == year).toList();
    }

    /** Index of the first session on or after {@code date} ({@code dates.length} if none). */
    private int ceiling(LocalDate date) {
        int i = Arrays.binarySearch(dates, date);
        return i >= 0 ? i : -i - 1;
    }

    private static void requireCovered(LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "NYSE calendar covers " + FIRST_YEAR + "-01-01 to " + LAST_YEAR + "-12-31, got " + date);
        }
    }

    private static void requireCovered(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "NYSE calendar covers the years " + FIRST_YEAR + " to " + LAST_YEAR + ", got " + year);
        }
    }

    /** The holidays of {@code year} by rule, each on the weekday the exchange closes. */
    static Map<LocalDate, String> holidaysByRule(int year) {
        Map<LocalDate, String> closed = new HashMap<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        if (newYear.getDayOfWeek() == DayOfWeek.SUNDAY) {
            closed.put(newYear.plusDays(1), "New Year's Day");
        } else if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
            closed.put(newYear, "New Year's Day");
        } // on a Saturday: not made up on the Friday before (NYSE Rule 7.2)
        closed.put(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Martin Luther King Jr. Day");
        closed.put(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Washington's Birthday");
        closed.put(easterSunday(year).minusDays(2), "Good Friday");
        closed.put(LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Memorial Day");
        if (year >= 2022) {
            closed.put(observed(LocalDate.of(year, 6, 19)), "Juneteenth National Independence Day");
        }
        closed.put(observed(LocalDate.of(year, 7, 4)), "Independence Day");
        closed.put(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day");
        closed.put(thanksgiving(year), "Thanksgiving Day");
        closed.put(observed(LocalDate.of(year, 12, 25)), "Christmas Day");
        return closed;
    }

    /** The 13:00 early closes of {@code year} by rule (without {@link #SPECIAL_EARLY_CLOSES}). */
    static Set<LocalDate> earlyClosesByRule(int year) {
        Set<LocalDate> early = new HashSet<>();
        LocalDate july3 = LocalDate.of(year, 7, 3);
        switch (july3.getDayOfWeek()) {
            case MONDAY, TUESDAY, THURSDAY -> early.add(july3);
            case WEDNESDAY -> early.add(year >= 2013 ? july3 : july3.plusDays(2)); // before 2013: Friday July 5
            default -> {} // Friday July 3 is the observed Independence Day; weekends trade not at all
        }
        early.add(thanksgiving(year).plusDays(1));
        LocalDate christmasEve = LocalDate.of(year, 12, 24);
        if (!isWeekend(christmasEve) && christmasEve.getDayOfWeek() != DayOfWeek.FRIDAY) {
            early.add(christmasEve);
        }
        return early;
    }

    /**
     * Easter Sunday in the Gregorian calendar (the anonymous computus of Meeus, Jones and Butcher).
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate thanksgiving(int year) {
        return nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** A Saturday holiday is observed on the Friday before, a Sunday one on the Monday after. */
    private static LocalDate observed(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
