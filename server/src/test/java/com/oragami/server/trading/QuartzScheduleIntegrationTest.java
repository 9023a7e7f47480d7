package com.oragami.server.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily run as Quartz fires it: the job is built by Spring and runs every account. */
class QuartzScheduleIntegrationTest extends TradingTestBase {

    static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

    @Autowired
    Scheduler scheduler;

    private Optional<String> runStatus(String account) {
        return jdbc.sql("SELECT status FROM trading_run WHERE account_id = :a")
                .param("a", account)
                .query(String.class)
                .optional();
    }

    @Test
    void quartzFiresTheDailyRunJobAndTheAccountIsRun() throws Exception {
        User user = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(user.id(), account, "1000");
        deploy(user, upload(user, ALWAYS_SPY), account, "1000");
        quotes.price(TUESDAY, "SPY", 400);
        broker.prices(Map.of("SPY", "400"));
        at(TUESDAY, LocalTime.of(15, 50));

        scheduler.start(); // tests leave the scheduler in standby
        try {
            scheduler.triggerJob(JobKey.jobKey("daily-run", "trading"));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (!runStatus(account).filter("DONE"::equals).isPresent()
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        } finally {
            scheduler.standby();
        }

        assertThat(runStatus(account)).contains("DONE");
        assertThat(broker.submits).hasSize(1); // one buy of SPY for the $1000 book
    }
}
