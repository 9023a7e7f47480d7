package com.oragami.server.trading;

import com.oragami.server.platform.LiveEvents;
import com.oragami.server.platform.UserId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the run's events into live updates for their owner on {@link #TOPIC} (what the {@code
 * tradingUpdates} subscription streams), after the transaction that published them committed — a
 * liquidation whose plan was rolled back is never announced — or at once for events published
 * outside a transaction (order progress, run completion).
 *
 * <ul>
 *   <li>{@link RunProgressed}: {@code TRADE} when the broker filled the order (wholly or partly),
 *       else {@code RUN_PROGRESS}; the code is the order's status.
 *   <li>{@link RunCompleted}: {@code RUN_PROGRESS} with code {@code run-completed}, then {@code
 *       POSITION_CHANGED} (the books were settled: positions, cash and trades changed).
 *   <li>{@link SymphonyLiquidated}: {@code SYMPHONY_LIQUIDATED} with the failure's code and cause.
 * </ul>
 *
 * Payloads hold ids, codes and one short line (at most {@value #MAX_MESSAGE_CHARS} characters), far
 * below PostgreSQL's notification limit; clients query the rest. A failure to publish is logged and
 * never disturbs the run: live updates are hints, the stored runs and events are the record.
 */
@Component
class TradingLiveEvents {

    /** The live-event topic of trading updates. */
    static final String TOPIC = "trading";

    static final int MAX_MESSAGE_CHARS = 300;

    private static final Set<String> FILLS = Set.of("FILLED", "PARTIALLY_FILLED");
    private static final Logger log = LoggerFactory.getLogger(TradingLiveEvents.class);

    private final LiveEvents live;
    private final Clock clock;

    TradingLiveEvents(LiveEvents live, Clock clock) {
        this.live = live;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(RunProgressed e) {
        String verb = e.side().equals("SELL") ? "sell " : "buy ";
        publish(
                e.owner(),
                FILLS.contains(e.status()) ? "TRADE" : "RUN_PROGRESS",
                e.accountId(),
                null,
                e.run(),
                e.status(),
                verb + e.ticker() + " (" + e.clientOrderId() + ") " + e.status().toLowerCase(java.util.Locale.ROOT)
                        + " in the run of " + e.tradingDate());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(RunCompleted e) {
        publish(
                e.owner(),
                "RUN_PROGRESS",
                e.accountId(),
                null,
                e.run(),
                "run-completed",
                "the run of " + e.tradingDate() + " is complete: " + e.orders() + " order(s), " + e.filled()
                        + " filled, " + e.missed() + " missed or rejected");
        publish(
                e.owner(),
                "POSITION_CHANGED",
                e.accountId(),
                null,
                e.run(),
                "books-settled",
                "positions and cash of the account's symphonies are settled for " + e.tradingDate());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SymphonyLiquidated e) {
        publish(
                e.owner(),
                "SYMPHONY_LIQUIDATED",
                e.accountId(),
                e.deployment().value(),
                null,
                e.code(),
                "liquidated to cash in the run of " + e.tradingDate() + ": " + e.cause());
    }

    private void publish(
            UserId owner,
            String kind,
            String accountId,
            @Nullable UUID deploymentId,
            @Nullable UUID runId,
            String code,
            String message) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", kind);
        payload.put("accountId", accountId);
        if (deploymentId != null) {
            payload.put("deploymentId", deploymentId.toString());
        }
        if (runId != null) {
            payload.put("runId", runId.toString());
        }
        payload.put("code", code);
        payload.put("message", shorten(message));
        payload.put("at", clock.instant().toString());
        try {
            live.publish(owner, TOPIC, payload);
        } catch (RuntimeException failed) {
            log.warn(
                    "could not send user {} the live update {} of account {}: {}",
                    owner,
                    kind,
                    accountId,
                    failed.toString());
        }
    }

    static String shorten(String text) {
        return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS - 1) + "…";
    }
}
