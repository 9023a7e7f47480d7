package com.oragami.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oragami.engine.prices.BundledPrices;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.symphony.Ticker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NyseCalendarTest {

    private static final NyseCalendar NYSE = NyseCalendar.standard();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> dates(List<Session> sessions) {
        return sessions.stream().map(Session::date).toList();
    }

    @Test
    void everySpyTradingDayFrom2000ToJuly2026IsASessionAndNoOtherDayIs() {
        PriceSeries spy = BundledPrices.standard().series(Ticker.of("SPY")).orElseThrow();
        LocalDate from = d("2000-01-01");
        LocalDate to = d("2026-07-31"); // SPY's last bundled bar
        List<LocalDate> traded = Arrays.stream(spy.dates())
                .filter(date -> !date.isBefore(from) && !date.isAfter(to))
                .toList();

        List<LocalDate> sessions = dates(NYSE.sessions(from, to));

        assertThat(traded).hasSize(6684); // SPY.csv rows dated 2000-01-03 .. 2026-07-31
        assertThat(sessions).containsExactlyElementsOf(traded);
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            assertThat(NYSE.isSession(date)).as("%s", date).isEqualTo(traded.contains(date));
        }
    }

    /**
     * The 13:00 closes 2007–2026, written from the NYSE's published holiday schedules, not from the
     * rules in NyseCalendar. Per year: July 3 (when it applied), the day after Thanksgiving,
     * Christmas Eve (when it applied).
     *
     * <p>No July 3 early close in 2009, 2015, 2020, 2026 (July 3 was the Friday holiday observing a
     * Saturday July 4) nor in 2010, 2011, 2016, 2021, 2022 (July 3 on a weekend; the Friday before,
     * e.g. 2016-07-01, was a full day). July 3 on a Wednesday closed early in 2013, 2019, 2024
     * (before 2013 the NYSE shortened Friday July 5 instead, see the 2002 test). No Christmas Eve
     * early close in 2010 and 2021 (a Friday: the observed Christmas) nor in 2011, 2016, 2017,
     * 2022, 2023 (a weekend). 2025-12-24 closed at 13:00 and 2025-12-26 was a full session
     * although federal offices were closed both days.
     */
    private static final String EARLY_CLOSES_2007_2026 = """
            2007: 07-03 11-23 12-24
            2008: 07-03 11-28 12-24
            2009: 11-27 12-24
            2010: 11-26
            2011: 11-25
            2012: 07-03 11-23 12-24
            2013: 07-03 11-29 12-24
            2014: 07-03 11-28 12-24
            2015: 11-27 12-24
            2016: 11-25
            2017: 07-03 11-24
            2018: 07-03 11-23 12-24
            2019: 07-03 11-29 12-24
            2020: 11-27 12-24
            2021: 11-26
            2022: 11-25
            2023: 07-03 11-24
            2024: 07-03 11-29 12-24
            2025: 07-03 11-28 12-24
            2026: 11-27 12-24
            """;

    @Test
    void earlyClosesFrom2007To2026MatchTheNyseSchedules() {
        Map<Integer, List<LocalDate>> expected = new TreeMap<>();
        EARLY_CLOSES_2007_2026.lines().forEach(line -> {
            int year = Integer.parseInt(line.substring(0, 4));
            expected.put(
                    year,
                    Arrays.stream(line.substring(6).split(" "))
                            .map(md -> d(year + "-" + md))
                            .toList());
        });
        assertThat(expected).hasSize(20);

        expected.forEach((year, days) -> {
            List<Session> early =
                    NYSE.sessions(year).stream().filter(Session::earlyClose).toList();
            assertThat(dates(early)).as("%d", year).containsExactlyElementsOf(days);
            assertThat(early).allSatisfy(s -> assertThat(s.close()).isEqualTo(LocalTime.of(13, 0)));
        });
    }

    @Test
    void before2013TheFridayAfterAThursdayJulyFourthClosedEarlyInsteadOfTheWednesdayBefore() {
        assertThat(NYSE.session(d("2002-07-03")).orElseThrow().earlyClose()).isFalse();
        assertThat(NYSE.session(d("2002-07-05")).orElseThrow().earlyClose()).isTrue();
        assertThat(NYSE.session(d("2013-07-03")).orElseThrow().earlyClose()).isTrue();
        assertThat(NYSE.session(d("2013-07-05")).orElseThrow().earlyClose()).isFalse();
    }

    @Test
    void boxingDay2003WasAOneOffEarlyClose() {
        assertThat(NYSE.session(d("2003-12-26")))
                .contains(new Session(d("2003-12-26"), LocalTime.of(9, 30), LocalTime.of(13, 0), true));
        assertThat(NYSE.session(d("2004-12-27")).orElseThrow().earlyClose()).isFalse();
    }

    @Test
    void regularSessionsRunFromHalfPastNineToFour() {
        assertThat(NYSE.session(d("2025-06-18")))
                .contains(new Session(d("2025-06-18"), LocalTime.of(9, 30), LocalTime.of(16, 0), false));
    }

    @Test
    void listsThe2025HolidaysAsPublishedWithTheCarterDayOfMourning() {
        assertThat(NYSE.holidays(2025))
                .containsExactly(
                        new Holiday(d("2025-01-01"), "New Year's Day"),
                        new Holiday(d("2025-01-09"), "National Day of Mourning for former President Jimmy Carter"),
                        new Holiday(d("2025-01-20"), "Martin Luther King Jr. Day"),
                        new Holiday(d("2025-02-17"), "Washington's Birthday"),
                        new Holiday(d("2025-04-18"), "Good Friday"),
                        new Holiday(d("2025-05-26"), "Memorial Day"),
                        new Holiday(d("2025-06-19"), "Juneteenth National Independence Day"),
                        new Holiday(d("2025-07-04"), "Independence Day"),
                        new Holiday(d("2025-09-01"), "Labor Day"),
                        new Holiday(d("2025-11-27"), "Thanksgiving Day"),
                        new Holiday(d("2025-12-25"), "Christmas Day"));
        // 261 weekdays in 2025 (365 days from a Wednesday: 52 weeks + Wednesday) − 11 closures = 250
        assertThat(NYSE.sessions(2025)).hasSize(250);
    }

    @Test
    void observesSaturdayHolidaysOnFridayAndSundayHolidaysOnMondayBeyondTheBundledData() {
        // NYSE's published 2027 schedule: Juneteenth (Sat) on Fri 06-18, July 4 (Sun) on Mon 07-05,
        // Christmas (Sat) on Fri 12-24; Easter 2027 is March 28, so Good Friday March 26.
        assertThat(NYSE.holidays(2027))
                .extracting(Holiday::date)
                .containsExactly(
                        d("2027-01-01"),
                        d("2027-01-18"),
                        d("2027-02-15"),
                        d("2027-03-26"),
                        d("2027-05-31"),
                        d("2027-06-18"),
                        d("2027-07-05"),
                        d("2027-09-06"),
                        d("2027-11-25"),
                        d("2027-12-24"));
        // only the day after Thanksgiving is short: July 3 is a Saturday, December 24 the holiday
        assertThat(dates(
                        NYSE.sessions(2027).stream().filter(Session::earlyClose).toList()))
                .containsExactly(d("2027-11-26"));
    }

    @Test
    void aSaturdayNewYearsDayIsNotMadeUpOnTheFridayBefore() {
        // January 1 is a Saturday in 2005, 2011, 2022, 2028 and 2033
        assertThat(NYSE.isSession(d("2004-12-31"))).isTrue();
        assertThat(NYSE.isSession(d("2010-12-31"))).isTrue();
        assertThat(NYSE.isSession(d("2021-12-31"))).isTrue();
        assertThat(NYSE.isSession(d("2027-12-31"))).isTrue();
        assertThat(NYSE.isSession(d("2032-12-31"))).isTrue();
        assertThat(NYSE.holidays(2028)).extracting(Holiday::date).doesNotContain(d("2028-01-01"));
        // a Sunday one is observed on the Monday: 2006, 2012, 2017, 2023
        assertThat(NYSE.holidays(2023).get(0)).isEqualTo(new Holiday(d("2023-01-02"), "New Year's Day"));
    }

    @Test
    void juneteenthIsAHolidayFrom2022Only() {
        assertThat(NYSE.isSession(d("2021-06-18"))).isTrue(); // Friday before a Saturday June 19, 2021
        assertThat(NYSE.isSession(d("2022-06-20"))).isFalse(); // Sunday June 19, 2022 → Monday
        assertThat(NYSE.isSession(d("2023-06-19"))).isFalse();
    }

    @Test
    void knowsTheSpecialClosures() {
        assertThat(NYSE.holidays(2001))
                .extracting(Holiday::date)
                .contains(d("2001-09-11"), d("2001-09-12"), d("2001-09-13"), d("2001-09-14"));
        assertThat(NYSE.isSession(d("2001-09-10"))).isTrue();
        assertThat(NYSE.isSession(d("2001-09-17"))).isTrue();
        assertThat(NYSE.isSession(d("2004-06-11"))).isFalse();
        assertThat(NYSE.isSession(d("2007-01-02"))).isFalse();
        assertThat(NYSE.isSession(d("2012-10-29"))).isFalse();
        assertThat(NYSE.isSession(d("2012-10-30"))).isFalse();
        assertThat(NYSE.isSession(d("2018-12-05"))).isFalse();
        assertThat(NYSE.isSession(d("2025-01-09"))).isFalse();
        // 2001: 261 weekdays − 9 holidays (Jan 1, MLK, Feb 19, Apr 13, May 28, Jul 4, Sep 3, Nov 22,
        // Dec 25) − 4 days in September = 248
        assertThat(NYSE.sessions(2001)).hasSize(248);
    }

    @Test
    void goodFridayFollowsTheGregorianEasterComputus() {
        // Easter Sundays from the published tables
        assertThat(NyseCalendar.easterSunday(2000)).isEqualTo(d("2000-04-23"));
        assertThat(NyseCalendar.easterSunday(2008)).isEqualTo(d("2008-03-23"));
        assertThat(NyseCalendar.easterSunday(2011)).isEqualTo(d("2011-04-24"));
        assertThat(NyseCalendar.easterSunday(2024)).isEqualTo(d("2024-03-31"));
        assertThat(NyseCalendar.easterSunday(2035)).isEqualTo(d("2035-03-25"));
        assertThat(NYSE.isSession(d("2008-03-21"))).isFalse();
        assertThat(NYSE.isSession(d("2035-03-23"))).isFalse();
        assertThat(NYSE.isSession(d("2035-03-26"))).isTrue(); // Easter Monday trades
    }

    @Test
    void openAndCloseAreNewYorkTimesFollowingDaylightSaving() {
        Session friday = NYSE.session(d("2025-03-07")).orElseThrow(); // EST, UTC−5
        Session monday = NYSE.session(d("2025-03-10")).orElseThrow(); // EDT from 2025-03-09, UTC−4
        Session blackFriday = NYSE.session(d("2025-11-28")).orElseThrow();

        assertThat(NYSE.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(friday.openAt()).isEqualTo(ZonedDateTime.parse("2025-03-07T09:30-05:00[America/New_York]"));
        assertThat(friday.openAt().toInstant().toString()).isEqualTo("2025-03-07T14:30:00Z");
        assertThat(monday.openAt().toInstant().toString()).isEqualTo("2025-03-10T13:30:00Z");
        assertThat(monday.closeAt().toInstant().toString()).isEqualTo("2025-03-10T20:00:00Z");
        assertThat(blackFriday.closeAt().toInstant().toString()).isEqualTo("2025-11-28T18:00:00Z"); // 13:00 EST
    }

    @Test
    void nextAndPreviousSkipWeekendsHolidaysAndClosures() {
        assertThat(NYSE.next(d("2025-01-08"))).isEqualTo(d("2025-01-10")); // over Carter's day
        assertThat(NYSE.previous(d("2025-01-10"))).isEqualTo(d("2025-01-08"));
        assertThat(NYSE.next(d("2025-04-17"))).isEqualTo(d("2025-04-21")); // Good Friday + weekend
        assertThat(NYSE.next(d("2025-04-19"))).isEqualTo(d("2025-04-21")); // from a Saturday
        assertThat(NYSE.previous(d("2025-04-21"))).isEqualTo(d("2025-04-17"));
        assertThat(NYSE.previous(d("2001-09-17"))).isEqualTo(d("2001-09-10"));
        assertThat(NYSE.next(d("2025-12-31"))).isEqualTo(d("2026-01-02")); // across a year
    }

    @Test
    void sessionsBetweenTwoDatesIncludeBothEnds() {
        assertThat(dates(NYSE.sessions(d("2024-12-24"), d("2025-01-02"))))
                .containsExactly(
                        d("2024-12-24"),
                        d("2024-12-26"),
                        d("2024-12-27"),
                        d("2024-12-30"),
                        d("2024-12-31"),
                        d("2025-01-02"));
        assertThat(NYSE.sessions(d("2025-01-04"), d("2025-01-05"))).isEmpty(); // a weekend
        assertThat(NYSE.sessions(d("2025-01-06"), d("2025-01-06"))).hasSize(1);
    }

    @Test
    void coversExactly2000To2035() {
        assertThat(NYSE.firstYear()).isEqualTo(2000);
        assertThat(NYSE.lastYear()).isEqualTo(2035);
        assertThat(NYSE.covers(d("2000-01-01"))).isTrue();
        assertThat(NYSE.covers(d("2035-12-31"))).isTrue();
        assertThat(NYSE.covers(d("1999-12-31"))).isFalse();
        assertThat(NYSE.covers(d("2036-01-01"))).isFalse();
        assertThat(dates(NYSE.sessions(2000)).get(0)).isEqualTo(d("2000-01-03"));
        assertThat(dates(NYSE.sessions(2035))).last().isEqualTo(d("2035-12-31"));
    }

    @Test
    void refusesDatesAndYearsOutsideTheCoveredRange() {
        assertThatThrownBy(() -> NYSE.isSession(d("1999-12-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NYSE calendar covers 2000-01-01 to 2035-12-31, got 1999-12-31");
        assertThatThrownBy(() -> NYSE.session(d("2036-01-02")))
                .hasMessage("NYSE calendar covers 2000-01-01 to 2035-12-31, got 2036-01-02");
        assertThatThrownBy(() -> NYSE.sessions(1999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NYSE calendar covers the years 2000 to 2035, got 1999");
        assertThatThrownBy(() -> NYSE.holidays(2036))
                .hasMessage("NYSE calendar covers the years 2000 to 2035, got 2036");
        assertThatThrownBy(() -> NYSE.sessions(d("2035-12-01"), d("2036-01-31")))
                .hasMessage("NYSE calendar covers 2000-01-01 to 2035-12-31, got 2036-01-31");
        assertThatThrownBy(() -> NYSE.next(d("2035-12-31")))
                .hasMessage("no NYSE session after 2035-12-31 within 2000 to 2035");
        assertThatThrownBy(() -> NYSE.previous(d("2000-01-03")))
                .hasMessage("no NYSE session before 2000-01-03 within 2000 to 2035");
        assertThatThrownBy(() -> NYSE.sessions(d("2025-02-01"), d("2025-01-01")))
                .hasMessage("sessions from 2025-02-01 to 2025-01-01: from is after to");
    }

    @Test
    void aSessionMustOpenBeforeItCloses() {
        assertThatThrownBy(() -> new Session(d("2025-01-02"), LocalTime.of(16, 0), LocalTime.of(9, 30), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("session 2025-01-02 must open before it closes, got 16:00 to 09:30");
        assertThatThrownBy(() -> new Session(d("2025-01-02"), LocalTime.NOON, LocalTime.NOON, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyYearHasItsRuleHolidaysOnDistinctWeekdaysPlusItsSpecialClosures() {
        for (int year = 2000; year <= 2035; year++) {
            // nine holidays (New Year's, MLK, Washington's Birthday, Good Friday, Memorial Day,
            // Independence Day, Labor Day, Thanksgiving, Christmas), Juneteenth from 2022,, none for a Saturday New
            // Year's Day (2000, 2005,
            // 2011, 2022, 2028, 2033); two rules landing on one date would make the map smaller
            int expected = 9
                    + (year >= 2022 ? 1 : 0)
                    - (LocalDate.of(year, 1, 1).getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 0);
            Map<LocalDate, String> byRule = NyseCalendar.holidaysByRule(year);
            int y = year;
            long special = NyseCalendar.SPECIAL_CLOSURES.keySet().stream()
                    .filter(date -> date.getYear() == y)
                    .count();

            assertThat(byRule).as("%d", year).hasSize(expected);
            assertThat(byRule.keySet())
                    .allSatisfy(date -> assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            assertThat(NYSE.holidays(year)).as("%d", year).hasSize(expected + (int) special);
        }
    }
}
