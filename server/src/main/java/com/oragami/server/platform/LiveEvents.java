package com.oragami.server.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live events for subscriptions, fanned out across every server node through PostgreSQL's {@code
 * LISTEN/NOTIFY} on the channel {@value #CHANNEL}.
 *
 * <p>{@link #publish} sends {@code NOTIFY oragami_events, '{"owner":…,"topic":…,"payload":…}'}
 * (through {@code pg_notify} on a pooled connection; inside a transaction it is delivered at
 * commit). Every node, this one included, receives it on one dedicated connection that {@code
 * LISTEN}s (taken from the pool and held by the listener for its lifetime, so size the pool one
 * larger), polled by a daemon thread with {@link PGConnection#getNotifications(int)} every 0.5 s at
 * most; a broken connection is replaced with a back-off of 1 s doubling to 30 s. Events sent while a node is
 * reconnecting are lost to its subscribers: events are hints, and clients read the current state
 * with a query (a backtest's {@code status}/{@code progress}) when they (re)subscribe.
 *
 * <p>PostgreSQL refuses a notification payload of 8000 bytes or more, so {@link #publish} refuses
 * one too ({@link IllegalArgumentException}, a bug in the caller): send ids and small facts, and let
 * clients query the rest.
 *
 * <p>A stop ends the streams of current subscribers; a start after it (Spring's test context
 * cache stops the lifecycle beans of a context not in use and starts them again) listens anew and
 * serves new subscribers.
 *
 * <p>{@link #stream} hands a subscriber only the events of its owner and topic: the owner comes from
 * the caller's verified token, never from the client, so another user's events are never delivered.
 */
@Component
public class LiveEvents implements SmartLifecycle {

    /** The PostgreSQL notification channel. */
    public static final String CHANNEL = "oragami_events";

    /** PostgreSQL's limit on a notification payload, in bytes (it must be shorter). */
    public static final int MAX_PAYLOAD_BYTES = 8000;

    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);
    private static final TypeReference<Map<String, Object>> MESSAGE = new TypeReference<>() {};
    private static final int POLL_MILLIS = 500;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private record Event(UUID owner, String topic, Map<String, Object> payload) {}

    private final DataSource dataSource;
    private final JsonMapper json;
    /** Replaced at every start: a stop completes the streams of the subscribers it had. */
    private volatile Sinks.Many<Event> events = Sinks.many().multicast().directBestEffort();

    private volatile boolean running;
    private volatile boolean stopped;
    private volatile @Nullable Thread listener;
    private volatile CountDownLatch listening = new CountDownLatch(1);

    public LiveEvents(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * Sends an event to the subscribers of {@code topic} who are {@code owner}, on every node.
     *
     * @param payload serialised to JSON (a record or a map of small facts)
     * @throws IllegalArgumentException when the message would be 8000 bytes or more
     */
    public void publish(UserId owner, String topic, Object payload) {
        Objects.requireNonNull(payload, "payload");
        String message = json.writeValueAsString(Map.of("owner", owner.toString(), "topic", topic, "payload", payload));
        int bytes = message.getBytes(StandardCharsets.UTF_8).length;
        if (bytes >= MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("live event on " + topic + " is " + bytes + " bytes, PostgreSQL allows"
                    + " fewer than " + MAX_PAYLOAD_BYTES + "; send ids and let clients query");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, message);
            notify.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not publish a live event on " + topic, e);
        }
    }

    /**
     * The payloads of {@code owner}'s events on {@code topic}, from now on, as they arrive; never
     * completes by itself (the subscriber cancels). A subscriber too slow to keep up misses events
     * rather than holding up the others.
     */
    public Flux<Map<String, Object>> stream(UserId owner, String topic) {
        return Flux.defer(() -> events.asFlux())
                .filter(e -> e.owner().equals(owner.value()) && e.topic().equals(topic))
                .map(Event::payload);
    }

    /** Whether this node is listening now; waits up to {@code timeout} for it (tests, health). */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        if (stopped) {
            // started again after a stop (Spring's test context cache pauses unused contexts)
            events = Sinks.many().multicast().directBestEffort();
            listening = new CountDownLatch(1);
            stopped = false;
        }
        Thread thread = new Thread(this::listen, "live-events");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        listener = null;
        stopped = true;
        events.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening.countDown();
                backoff = FIRST_BACKOFF;
                while (running) {
                    PGNotification[] received = pg.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                listening = new CountDownLatch(1);
                log.warn("live events: listener connection lost ({}); reconnecting in {}", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void deliver(String message) {
        try {
            Map<String, Object> parsed = json.readValue(message, MESSAGE);
            Object payload = parsed.get("payload");
            Event event = new Event(
                    UUID.fromString(String.valueOf(parsed.get("owner"))),
                    String.valueOf(parsed.get("topic")),
                    payload instanceof Map<?, ?> map
                            ? (Map<String, Object>) map
                            : payload == null ? Map.of() : Map.of("value", payload));
            events.tryEmitNext(event);
        } catch (RuntimeException malformed) {
            log.warn("live events: ignored a malformed notification ({})", malformed.getMessage());
        }
    }
}
