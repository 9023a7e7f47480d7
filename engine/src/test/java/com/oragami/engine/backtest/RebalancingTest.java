package com.oragami.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.symphony.Rebalance.Frequency;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RebalancingTest {

    @ParameterizedTest(name = "{0} {1} → {2}: {3}")
    @CsvSource({
        "DAILY, 2024-01-02, 2024-01-03, true",
        "NONE, 2024-01-31, 2024-02-01, false",
        "WEEKLY, 2024-01-05, 2024-01-08, true", // Friday → Monday
        "WEEKLY, 2024-01-08, 2024-01-09, false",
        "WEEKLY, 2024-12-31, 2025-01-02, false", // Tuesday → Thursday of ISO week 2025-W01
        "WEEKLY, 2024-12-27, 2024-12-30, true", // Friday of 2024-W52 → Monday of 2025-W01
        "MONTHLY, 2024-01-31, 2024-02-01, true",
        "MONTHLY, 2024-02-01, 2024-02-02, false",
        "MONTHLY, 2023-12-29, 2024-01-02, true",
        "QUARTERLY, 2024-03-28, 2024-04-01, true",
        "QUARTERLY, 2024-01-31, 2024-02-01, false",
        "QUARTERLY, 2023-12-29, 2024-01-02, true",
        "YEARLY, 2023-12-29, 2024-01-02, true",
        "YEARLY, 2024-06-28, 2024-07-01, false",
    })
    void startsANewPeriodOnTheFirstTradingDayOfIt(
            Frequency frequency, LocalDate previous, LocalDate day, boolean expected) {
        assertThat(Rebalancing.startsNewPeriod(frequency, previous, day)).isEqualTo(expected);
    }
}
