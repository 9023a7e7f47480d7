package com.oragami.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * {@link ComposerStats} against Composer's own {@code stats} for the value series it returned
 * (conformance/README.md: symphony INfCn3eKsu6i4oTTqdUp, capital 10 000, 606 values).
 */
class ComposerStatsConformanceTest {

    private static final String BASE = "/conformance/composer-backtest-INfCn3eKsu6i4oTTqdUp";
    private static final double CAPITAL = 10000;

    /** Every statistic matched to ≤ 1e-14 relative when this was written; 1e-12 leaves room for summation order. */
    private static final double RELATIVE = 1e-12;

    private final List<LocalDate> dates = new ArrayList<>();
    private final double[] values;
    private final Properties composer = new Properties();

    ComposerStatsConformanceTest() throws IOException {
        List<Double> read = new ArrayList<>();
        try (BufferedReader in = reader(BASE + ".csv")) {
            String header = in.readLine();
            assertThat(header).isEqualTo("epoch_day,value");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                dates.add(LocalDate.ofEpochDay(Long.parseLong(cells[0])));
                read.add(Double.parseDouble(cells[1]));
            }
        }
        values = read.stream().mapToDouble(Double::doubleValue).toArray();
        try (BufferedReader in = reader(BASE + ".stats.properties")) {
            composer.load(in);
        }
    }

    private static BufferedReader reader(String resource) {
        InputStream in =
                Objects.requireNonNull(ComposerStatsConformanceTest.class.getResourceAsStream(resource), resource);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private double reported(String name) {
        return Double.parseDouble(Objects.requireNonNull(composer.getProperty(name), name));
    }

    @Test
    void theFixtureIsTheWholeSeries() {
        assertThat(values).hasSize(606);
        assertThat(dates.get(0)).isEqualTo(LocalDate.of(2023, 12, 28)); // first_day 19719
        assertThat(dates.get(605)).isEqualTo(LocalDate.of(2026, 5, 29)); // 20602
        assertThat(values[0]).isEqualTo(9950.25); // 10 000 / 1.005
        assertThat(values[605]).isEqualTo(19144.02); // last_market_days_value
        assertThat(dates).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void everyStatisticComposerReportsIsReproduced() {
        Map<String, Double> ours =
                ComposerStats.of(CAPITAL, dates, values, null).asMap();

        int compared = 0;
        for (Map.Entry<String, Double> e : ours.entrySet()) {
            if (composer.getProperty(e.getKey()) == null) {
                continue; // alpha, beta, r_square, pearson_r: the response has no benchmark
            }
            double expected = reported(e.getKey());
            assertThat(e.getValue()).as(e.getKey()).isCloseTo(expected, within(Math.abs(expected) * RELATIVE));
            compared++;
        }
        assertThat(compared).isEqualTo(20);
    }

    @Test
    void sizeCountsOneReturnFewerThanValues() {
        // Composer's size 605 = 606 values − 1; win_rate 0.5074380165 = 307 / 605
        assertThat(ComposerStats.dailyReturns(CAPITAL, values)).hasSize((int) reported("size"));
        assertThat(reported("win_rate")).isEqualTo(307.0 / 605);
    }

    @Test
    void theFirstReturnIsMeasuredFromTheCapitalNotFromTheFirstValue() {
        double[] fromFirstValue = ComposerStats.dailyReturns(values);
        double[] fromCapital = ComposerStats.dailyReturns(CAPITAL, values);

        // 9876.51 / 10000 − 1 = −0.012349 rather than 9876.51 / 9950.25 − 1 = −0.0074109
        assertThat(fromCapital[0]).isCloseTo(-0.012349, within(1e-15));
        assertThat(fromFirstValue[0]).isCloseTo(9876.51 / 9950.25 - 1, within(1e-15));
        // the other way the mean misses Composer's by 0.7 %
        assertThat(Returns.mean(fromFirstValue) / reported("mean") - 1).isCloseTo(0.0069, within(1e-4));
        assertThat(Returns.mean(fromCapital) / reported("mean") - 1).isCloseTo(0, within(RELATIVE));
    }

    @Test
    void trailingReturnsLookBackCalendarTimeNotTradingDays() {
        ComposerStats dated = ComposerStats.of(CAPITAL, dates, values, null);
        ComposerStats counted = ComposerStats.of(CAPITAL, values, null);

        // last day Fri 2026-05-29; a week back is Fri 2026-05-22, four trading days back (Memorial Day)
        int weekBase = dates.indexOf(LocalDate.of(2026, 5, 22));
        assertThat(weekBase).isEqualTo(601);
        assertThat(dated.trailingOneWeekReturn()).isEqualTo(values[605] / values[601] - 1);
        // three months back is Sat 2026-02-28: the base is the next trading day, Mon 2026-03-02
        assertThat(dates.get(543)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(dates.get(542)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(dated.trailingThreeMonthReturn()).isEqualTo(values[605] / values[543] - 1);
        // five values back is not Composer's week
        assertThat(counted.trailingOneWeekReturn()).isNotCloseTo(reported("trailing_one_week_return"), within(1e-3));
    }
}
