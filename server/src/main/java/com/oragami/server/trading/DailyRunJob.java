package com.oragami.server.trading;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz job of the daily run, fired every minute around the close (see {@link
 * TradingConfiguration}); not concurrent across the cluster. Whether there is anything to do —
 * a session today, its run window — is {@link TradingDay}'s question.
 */
@DisallowConcurrentExecution
class DailyRunJob extends QuartzJobBean {

    private final TradingDay day;

    DailyRunJob(TradingDay day) {
        this.day = day;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        day.fire();
    }
}
