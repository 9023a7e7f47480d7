package com.oragami.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oragami.server.platform.LiveEvents;
import com.oragami.server.platform.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LiveEventsIntegrationTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    LiveEvents events;

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    @Test
    void deliversAnEventToItsOwnerOnly() throws InterruptedException {
        UserId alice = new UserId(UUID.randomUUID());
        UserId bob = new UserId(UUID.randomUUID());
        BlockingQueue<Map<String, Object>> toAlice = new LinkedBlockingQueue<>();
        BlockingQueue<Map<String, Object>> toBob = new LinkedBlockingQueue<>();
        assertThat(events.awaitListening(WAIT)).isTrue();
        Disposable a = events.stream(alice, "test").subscribe(toAlice::add);
        Disposable b = events.stream(bob, "test").subscribe(toBob::add);

        events.publish(alice, "test", Map.of("n", 1));
        events.publish(bob, "other-topic", Map.of("n", 2));
        events.publish(bob, "test", Map.of("n", 3));

        try {
            assertThat(toAlice.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(Map.of("n", 1));
            // Notifications arrive in order on one connection: once Bob has n=3, n=1 and n=2 went by.
            assertThat(toBob.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(Map.of("n", 3));
            assertThat(toAlice).isEmpty();
            assertThat(toBob).isEmpty();
        } finally {
            a.dispose();
            b.dispose();
        }
    }

    @Test
    void anEventPublishedOnOneNodeArrivesOnAnother() throws InterruptedException {
        LiveEvents secondNode = new LiveEvents(dataSource, json);
        secondNode.start();
        UserId owner = new UserId(UUID.randomUUID());
        BlockingQueue<Map<String, Object>> onSecond = new LinkedBlockingQueue<>();
        BlockingQueue<Map<String, Object>> onFirst = new LinkedBlockingQueue<>();
        try {
            assertThat(secondNode.awaitListening(WAIT)).isTrue();
            assertThat(events.awaitListening(WAIT)).isTrue();
            Disposable second = secondNode.stream(owner, "progress").subscribe(onSecond::add);
            Disposable first = events.stream(owner, "progress").subscribe(onFirst::add);

            events.publish(owner, "progress", Map.of("fraction", 0.25, "ids", List.of("x")));

            assertThat(onSecond.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .isEqualTo(Map.of("fraction", 0.25, "ids", List.of("x")));
            assertThat(onFirst.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .isEqualTo(Map.of("fraction", 0.25, "ids", List.of("x")));
            second.dispose();
            first.dispose();
        } finally {
            secondNode.stop();
        }
        assertThat(secondNode.isRunning()).isFalse();
    }

    /** Spring's test context cache stops and restarts lifecycle beans of a context not in use. */
    @Test
    void deliversAgainAfterAStopAndAStart() throws InterruptedException {
        LiveEvents node = new LiveEvents(dataSource, json);
        UserId owner = new UserId(UUID.randomUUID());
        BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
        node.start();
        assertThat(node.awaitListening(WAIT)).isTrue();
        node.stop();
        node.start();
        try {
            assertThat(node.awaitListening(WAIT)).isTrue();
            Disposable subscription = node.stream(owner, "again").subscribe(received::add);

            node.publish(owner, "again", Map.of("n", 1));

            assertThat(received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(Map.of("n", 1));
            subscription.dispose();
        } finally {
            node.stop();
        }
    }

    @Test
    void refusesAPayloadPostgresWouldRefuse() {
        UserId owner = new UserId(UUID.randomUUID());

        assertThatThrownBy(() -> events.publish(owner, "big", Map.of("text", "x".repeat(8000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("send ids");
    }

    @Test
    void refusesASubscriptionSocketWithoutAToken() {
        try (Socket socket = Socket.open(port, null)) {
            assertThat(socket.closeCode(WAIT)).isEqualTo(4401);
        }
    }

    @Test
    void refusesASubscriptionSocketWithAForgedToken() {
        Api.User user = api.register();
        String forged = user.accessToken().substring(0, user.accessToken().length() - 4) + "AAAA";

        try (Socket socket = Socket.open(port, forged)) {
            assertThat(socket.closeCode(WAIT)).isEqualTo(4401);
        }
    }

    @Test
    void refusesASubscriptionSocketOfAClosedSession() {
        Api.User user = api.register();
        api.query("""
                        mutation($token: String!) { logout(input: {refreshToken: $token}) { loggedOut } }""", Map.of("token", user.refreshToken()), (String) null).data("logout");

        try (Socket socket = Socket.open(port, user.accessToken())) {
            assertThat(socket.closeCode(WAIT)).isEqualTo(4401);
        }
    }

    @Test
    void acknowledgesASubscriptionSocketWithAValidToken() throws InterruptedException {
        Api.User user = api.register();

        try (Socket socket = Socket.open(port, user.accessToken())) {
            JsonNode ack = socket.next("connection_ack", WAIT);
            assertThat(ack).isNotNull();
        }
    }
}
