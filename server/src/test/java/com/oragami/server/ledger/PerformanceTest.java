package com.oragami.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.oragami.engine.trading.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceTest {

    static DailyValue value(String date, String value, String flow) {
        return new DailyValue(LocalDate.parse(date), Money.of(value), Money.ZERO, Money.of(flow));
    }

    @Test
    void depositsAreTakenOutOfTheReturns() {
        // $1000 in, worth 1010 (r = 1010/1000 − 1 = 0.01); $500 more, worth 1530: r = (1530 − 500)/1010 − 1
        // TWR = 1.01 × 1030/1010 − 1 = 1030/1000 − 1 = 0.03
        Performance p =
                Performance.of(List.of(value("2024-03-14", "1010", "1000"), value("2024-03-15", "1530", "500")));

        assertThat(p.dailyReturns()[0]).isCloseTo(0.01, within(1e-12));
        assertThat(p.dailyReturns()[1]).isCloseTo(1030.0 / 1010 - 1, within(1e-12));
        assertThat(p.timeWeightedReturn()).isCloseTo(0.03, within(1e-12));
        assertThat(p.index()[1]).isCloseTo(1.03, within(1e-12));
    }

    @Test
    void withdrawalsAreTakenOutToo() {
        // 2000 → 2200 (+10 %); 1000 withdrawn, worth 1100: r = (1100 + 1000)/2200 − 1 = −0.0454...
        Performance p =
                Performance.of(List.of(value("2024-03-14", "2200", "2000"), value("2024-03-15", "1100", "-1000")));

        assertThat(p.dailyReturns()[1]).isCloseTo(2100.0 / 2200 - 1, within(1e-12));
        assertThat(p.timeWeightedReturn()).isCloseTo(1.1 * 2100 / 2200 - 1, within(1e-12)); // 0.05
    }

    @Test
    void noHistoryHasNoReturn() {
        assertThat(Performance.of(List.of()).timeWeightedReturn()).isNaN();
    }
}
