package com.oragami.server.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

class ScheduleTest {

    static Instant next(String cron, String after) throws ParseException {
        CronExpression expression = new CronExpression(cron);
        expression.setTimeZone(TimeZone.getTimeZone("America/New_York"));
        return expression
                .getNextValidTimeAfter(java.util.Date.from(Instant.parse(after)))
                .toInstant();
    }

    @Test
    void firesAt1550NewYorkAcrossTheSpringDaylightSavingChange() throws ParseException {
        // Friday 2024-03-08 is EST (UTC−5): 15:50 = 20:50Z; Monday 2024-03-11 is EDT (UTC−4): 19:50Z
        assertThat(next(TradingConfiguration.RUN_CRON, "2024-03-08T20:00:00Z")).isEqualTo("2024-03-08T20:50:00Z");
        assertThat(next(TradingConfiguration.RUN_CRON, "2024-03-09T00:00:00Z")).isEqualTo("2024-03-11T16:50:00Z");
        assertThat(next(TradingConfiguration.RUN_CRON, "2024-03-11T17:00:00Z")).isEqualTo("2024-03-11T19:50:00Z");
    }

    @Test
    void firesEveryMinuteUntil1559ThenTheLateFiringsSettle() throws ParseException {
        assertThat(next(TradingConfiguration.RUN_CRON, "2024-03-11T19:58:30Z")).isEqualTo("2024-03-11T19:59:00Z");
        assertThat(next(TradingConfiguration.RUN_CRON, "2024-03-11T19:59:00Z")).isEqualTo("2024-03-12T16:50:00Z");
        assertThat(next(TradingConfiguration.LATE_CRON, "2024-03-11T19:59:00Z")).isEqualTo("2024-03-11T20:00:00Z");
    }
}
