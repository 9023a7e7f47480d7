package com.oragami.server.trading;

import com.oragami.engine.calendar.Session;
import com.oragami.engine.calendar.TradingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What the daily job does at each firing: if the session of today (New York) has reached its run
 * time — ten minutes before the close, 15:50 or 12:50 on an early close — run or resume every
 * account's run, until ten minutes after the close (late firings only settle what was sent: the
 * run sends nothing after its deadline). On a holiday or weekend it does nothing. Accounts are run
 * one after the other; one failing does not stop the others (its run is resumed at the next
 * firing, on whichever node gets there first).
 */
@Service
class TradingDay {

    /** The run starts this long before the close. */
    static final Duration BEFORE_CLOSE = Duration.ofMinutes(10);

    /** Firings this long after the close still settle runs left unfinished. */
    static final Duration AFTER_CLOSE = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(TradingDay.class);

    /** This node's name in run claims. */
    private final String node = "node-" + UUID.randomUUID();

    private final TradingCalendar calendar;
    private final DeploymentRepository deployments;
    private final RunRepository runs;
    private final AccountRun accountRun;
    private final Clock clock;

    TradingDay(
            TradingCalendar calendar,
            DeploymentRepository deployments,
            RunRepository runs,
            AccountRun accountRun,
            Clock clock) {
        this.calendar = calendar;
        this.deployments = deployments;
        this.runs = runs;
        this.accountRun = accountRun;
        this.clock = clock;
    }

    /** The session whose run window holds {@code now}, if any. */
    Optional<Session> due(Instant now) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        if (!calendar.covers(today)) {
            return Optional.empty();
        }
        return calendar.session(today).filter(s -> {
            Instant start = s.closeAt().toInstant().minus(BEFORE_CLOSE);
            Instant end = s.closeAt().toInstant().plus(AFTER_CLOSE);
            return !now.isBefore(start) && now.isBefore(end);
        });
    }

    /** One firing on this node; the number of account runs it finished. */
    int fire() {
        return fire(node);
    }

    int fire(String nodeName) {
        Optional<Session> session = due(clock.instant());
        if (session.isEmpty()) {
            return 0;
        }
        Set<DeploymentRepository.AccountKey> accounts = new LinkedHashSet<>(deployments.accountsToRun());
        accounts.addAll(runs.unfinished(session.get().date()));
        int done = 0;
        for (DeploymentRepository.AccountKey key : accounts) {
            try {
                if (accountRun.run(key.owner(), key.account(), session.get(), nodeName) == AccountRun.Outcome.DONE) {
                    done++;
                }
            } catch (RuntimeException e) {
                log.error(
                        "run of account {} on {} failed; it is resumed at the next firing",
                        key.account(),
                        session.get().date(),
                        e);
            }
        }
        return done;
    }

    String node() {
        return node;
    }
}
