package com.oragami.server.trading;

import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.server.broker.Brokers;
import com.oragami.server.marketdata.LivePrices;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the daily run. The Quartz job fires every minute of 12:50–13:09 and 15:50–16:09 New York
 * time on weekdays ({@link #RUN_CRON}, {@link #LATE_CRON}); {@link TradingDay} picks the window of
 * the day's session from the NYSE calendar (15:50 normally, 12:50 on an early close, nothing on a
 * holiday), so one schedule serves every kind of day and a run a crashed node left is resumed at
 * the next minute by any node. The job store is Quartz's clustered JDBC store on our database
 * ({@code spring.quartz.*}); {@code oragami.trading.schedule-enabled=false} leaves the job out.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TradingProperties.class)
class TradingConfiguration {

    static final String RUN_CRON = "0 50-59 12,15 ? * MON-FRI";
    static final String LATE_CRON = "0 0-9 13,16 ? * MON-FRI";

    @Bean
    BrokerAccess brokerAccess(Brokers brokers) {
        return new ConnectedBrokers(brokers);
    }

    @Bean
    LiveQuotes liveQuotes(LivePrices prices) {
        return prices::series;
    }

    @Bean
    Pause pause() {
        return Pause.sleeping();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "oragami.trading.schedule-enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        @Bean
        JobDetail dailyRunJob() {
            return JobBuilder.newJob(DailyRunJob.class)
                    .withIdentity("daily-run", "trading")
                    .withDescription("the 15:50 New York run of every account (12:50 on early closes)")
                    .storeDurably()
                    .requestRecovery()
                    .build();
        }

        @Bean
        Trigger dailyRunTrigger(JobDetail dailyRunJob) {
            return trigger(dailyRunJob, "daily-run", RUN_CRON);
        }

        @Bean
        Trigger lateRunTrigger(JobDetail dailyRunJob) {
            return trigger(dailyRunJob, "daily-run-late", LATE_CRON);
        }

        private static Trigger trigger(JobDetail job, String name, String cron) {
            return TriggerBuilder.newTrigger()
                    .forJob(job)
                    .withIdentity(name, "trading")
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                            .inTimeZone(TimeZone.getTimeZone(NyseCalendar.ZONE))
                            .withMisfireHandlingInstructionDoNothing())
                    .build();
        }
    }
}
