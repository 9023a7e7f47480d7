package com.oragami.server.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.server.Socket;
import com.oragami.server.platform.LiveEvents;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The tradingUpdates subscription over the real WebSocket, fed by a daily run. */
class TradingUpdatesIntegrationTest extends TradingTestBase {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String UPDATES = """
            subscription($account: ID) {
              tradingUpdates(accountId: $account) { kind accountId deploymentId runId code message at }
            }""";
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 4, 10);
    private static final LocalDate THURSDAY = LocalDate.of(2024, 4, 11);

    @Autowired
    LiveEvents live;

    @Test
    void runDeliversProgressTradesAndALiquidationToItsOwnerOnly() throws InterruptedException {
        User owner = register();
        User stranger = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(owner.id(), account, "10000");
        deploy(owner, upload(owner, ALWAYS_SPY), account, "5000");
        String xle = deploy(owner, upload(owner, XLE_IF_GLD), account, "4500");
        quotes.price(WEDNESDAY, "SPY", 500);
        quotes.price(WEDNESDAY, "XLE", 90);
        quotes.price(WEDNESDAY, "GLD", 200);
        broker.prices(Map.of("SPY", "500", "XLE", "90"));
        at(WEDNESDAY, LocalTime.of(15, 50));
        assertThat(day.fire()).isEqualTo(1); // buys 10 SPY and 50 XLE
        quotes.missing("GLD");
        quotes.price(THURSDAY, "SPY", 500);
        quotes.price(THURSDAY, "XLE", 95);
        broker.prices(Map.of("SPY", "500", "XLE", "95"));
        at(THURSDAY, LocalTime.of(15, 50));

        try (Socket mine = subscribed(owner, account);
                Socket theirs = subscribed(stranger, null)) {
            assertThat(day.fire()).isEqualTo(1);

            List<JsonNode> updates = until(mine, "POSITION_CHANGED");
            // XLE's symphony fails (no GLD price): its 50 XLE are sold at $95; SPY's 10 shares stay
            assertThat(updates)
                    .extracting(u ->
                            u.path("kind").asString() + " " + u.path("code").asString())
                    .containsExactly(
                            "SYMPHONY_LIQUIDATED live-price-missing",
                            "TRADE FILLED",
                            "RUN_PROGRESS run-completed",
                            "POSITION_CHANGED books-settled");
            JsonNode liquidation = updates.get(0);
            assertThat(liquidation.path("accountId").asString()).isEqualTo(account);
            assertThat(liquidation.path("deploymentId").asString()).isEqualTo(xle);
            assertThat(liquidation.path("message").asString()).contains("GLD");
            assertThat(liquidation.path("at").asString())
                    .isEqualTo("2024-04-11T19:50:00.000Z"); // 15:50 EDT, as the DateTime scalar prints it
            JsonNode trade = updates.get(1);
            assertThat(trade.path("message").asString())
                    .startsWith("sell XLE (")
                    .contains("filled");
            assertThat(trade.path("runId").asString())
                    .isEqualTo(runId(account, THURSDAY))
                    .isEqualTo(updates.get(2).path("runId").asString());
            // The stranger gets its own sentinel, and nothing of the owner's run before it.
            live.publish(stranger.id(), TradingLiveEvents.TOPIC, update("sentinel", "elsewhere"));
            assertThat(until(theirs, "RUN_PROGRESS"))
                    .extracting(u -> u.path("code").asString())
                    .containsExactly("sentinel");
        }
    }

    @Test
    void accountArgumentKeepsOtherAccountsOut() throws InterruptedException {
        User owner = register();

        try (Socket socket = subscribed(owner, "account-a")) {
            live.publish(owner.id(), TradingLiveEvents.TOPIC, update("other-account", "account-b"));
            live.publish(owner.id(), TradingLiveEvents.TOPIC, update("this-account", "account-a"));

            assertThat(until(socket, "RUN_PROGRESS"))
                    .extracting(u -> u.path("code").asString())
                    .containsExactly("this-account");
        }
    }

    /**
     * A socket whose subscription is live: probes are published until one comes back, so nothing
     * the test does afterwards can be missed by a subscription the server has not set up yet.
     */
    private Socket subscribed(User user, @Nullable String account) throws InterruptedException {
        assertThat(live.awaitListening(WAIT)).isTrue();
        Socket socket = Socket.open(port, user.token());
        assertThat(socket.next("connection_ack", WAIT)).isNotNull();
        java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
        variables.put("account", account);
        socket.subscribe("1", UPDATES, variables);
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            live.publish(user.id(), TradingLiveEvents.TOPIC, update("probe", account == null ? "probe" : account));
            JsonNode message = socket.next("next", Duration.ofMillis(300));
            if (message != null) {
                assertThat(message.path("payload")
                                .path("data")
                                .path("tradingUpdates")
                                .path("code")
                                .asString())
                        .isEqualTo("probe");
                return socket;
            }
        }
        socket.close();
        throw new AssertionError("the subscription did not come up within " + WAIT);
    }

    /** The updates up to and including the first of this kind, probes left out. */
    private static List<JsonNode> until(Socket socket, String kind) throws InterruptedException {
        List<JsonNode> updates = new ArrayList<>();
        while (true) {
            JsonNode message = socket.next("next", WAIT);
            assertThat(message)
                    .as("an update of kind " + kind + " after " + updates)
                    .isNotNull();
            JsonNode update = message.path("payload").path("data").path("tradingUpdates");
            if (update.path("code").asString().equals("probe")) {
                continue;
            }
            updates.add(update);
            if (update.path("kind").asString().equals(kind)) {
                return updates;
            }
        }
    }

    private Map<String, Object> update(String code, String account) {
        return Map.of(
                "kind", "RUN_PROGRESS",
                "accountId", account,
                "code", code,
                "message", code,
                "at", clock.instant().toString());
    }

    private String runId(String account, LocalDate date) {
        return jdbc.sql("SELECT id FROM trading_run WHERE account_id = :account AND trading_date = :date")
                .param("account", account)
                .param("date", date)
                .query(String.class)
                .single();
    }
}
