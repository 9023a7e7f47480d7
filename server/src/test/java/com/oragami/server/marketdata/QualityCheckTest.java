package com.oragami.server.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.symphony.Ticker;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityCheckTest {

    private static final Ticker T = new Ticker("T");

    private static Bar bar(String day, double close) {
        return Bar.adjustedOnly(T, LocalDate.parse(day), close);
    }

    @Test
    void acceptsAHolidayBetweenTwoBars() {
        // 2024-07-04 (Thursday) is Independence Day: 07-03 → 07-05 misses no session.
        assertThat(QualityCheck.check(List.of(bar("2024-07-03", 10), bar("2024-07-05", 10)), NyseCalendar.standard()))
                .isEmpty();
    }

    @Test
    void flagsOneRunOfMissingSessions() {
        // 2024-01-02 → 2024-01-08 misses Wed 03, Thu 04, Fri 05: one flag dated at the first.
        List<QualityFlag> flags =
                QualityCheck.check(List.of(bar("2024-01-02", 10), bar("2024-01-08", 10)), NyseCalendar.standard());

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(QualityFlag.Kind.GAP);
            assertThat(flag.day()).isEqualTo(LocalDate.of(2024, 1, 3));
            assertThat(flag.detail()).isEqualTo("no bars for 3 sessions 2024-01-03..2024-01-05");
        });
    }

    @Test
    void flagsAFallOfMoreThanFortyPercent() {
        // 10 → 5.9 is −41 %.
        List<QualityFlag> flags =
                QualityCheck.check(List.of(bar("2024-01-02", 10), bar("2024-01-03", 5.9)), NyseCalendar.standard());

        assertThat(flags).singleElement().extracting(QualityFlag::kind).isEqualTo(QualityFlag.Kind.JUMP);
    }

    @Test
    void acceptsAFortyPercentMove() {
        // 10 → 14 is exactly +40 %: at the limit, not over it.
        assertThat(QualityCheck.check(List.of(bar("2024-01-02", 10), bar("2024-01-03", 14)), NyseCalendar.standard()))
                .isEmpty();
    }

    @Test
    void acceptsAJumpOnASplitDay() {
        Bar split = new Bar(T, LocalDate.of(2024, 1, 3), 20, 20, 20, 20, 20, 1L, 0, 0.5);

        assertThat(QualityCheck.check(List.of(bar("2024-01-02", 10), split), NyseCalendar.standard()))
                .isEmpty();
    }

    @Test
    void flagsALastBarBeforeTheExpectedSession() {
        assertThat(QualityCheck.stale(T, LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4)))
                .get()
                .extracting(QualityFlag::kind)
                .isEqualTo(QualityFlag.Kind.STALE);
        assertThat(QualityCheck.stale(T, LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 4)))
                .isEmpty();
    }

    @Test
    void backsOffByDoublingAndHonoursRetryAfterUpToTheCap() {
        VendorHttp http = new VendorHttp(
                "test",
                "http://localhost:1",
                new MarketDataProperties.Http(
                        Duration.ofSeconds(1), Duration.ofSeconds(1), 4, Duration.ofSeconds(1), Duration.ofSeconds(30)),
                Duration.ZERO);

        // 1 s · 2^(n−1): 1, 2, 4 s; Retry-After 10 s wins over 1 s; 100 s is cut to the 30 s cap.
        assertThat(http.delay(1, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(http.delay(3, null)).isEqualTo(Duration.ofSeconds(4));
        assertThat(http.delay(1, "10")).isEqualTo(Duration.ofSeconds(10));
        assertThat(http.delay(1, "100")).isEqualTo(Duration.ofSeconds(30));
        assertThat(http.delay(2, "Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ofSeconds(2));
    }
}
