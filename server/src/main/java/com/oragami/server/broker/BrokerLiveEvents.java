package com.oragami.server.broker;

import com.oragami.server.platform.LiveEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the owner live that a connection needs reconnecting: {@link BrokerNeedsReconnect} becomes
 * a {@link LiveEvents} publication on {@link BrokerNeedsReconnect#LIVE_TOPIC} after the status
 * change committed (at once when it was made outside a transaction). The payload has the keys of
 * trading's live updates ({@code kind}, {@code accountId} — the connection id —, {@code code},
 * {@code message}, {@code at}), so trading's subscription passes it on as it is. A failure to
 * publish is logged, never thrown into the broker call that noticed the refusal.
 */
@Component
class BrokerLiveEvents {

    /** Alpaca's reason is one line; keep the notification far below PostgreSQL's 8000 bytes. */
    static final int MAX_MESSAGE_CHARS = 300;

    private static final Logger log = LoggerFactory.getLogger(BrokerLiveEvents.class);

    private final LiveEvents live;

    BrokerLiveEvents(LiveEvents live) {
        this.live = live;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(BrokerNeedsReconnect event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", "BROKER_NEEDS_RECONNECT");
        payload.put("accountId", event.connection().toString());
        payload.put("code", "broker-needs-reconnect");
        payload.put(
                "message",
                shorten("the broker refused this connection's credentials; connect again (" + event.reason() + ")"));
        payload.put("at", event.at().toString());
        try {
            live.publish(event.owner(), BrokerNeedsReconnect.LIVE_TOPIC, payload);
        } catch (RuntimeException e) {
            log.warn(
                    "could not tell user {} live that connection {} needs reconnecting: {}",
                    event.owner(),
                    event.connection(),
                    e.toString());
        }
    }

    static String shorten(String text) {
        return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS - 1) + "…";
    }
}
