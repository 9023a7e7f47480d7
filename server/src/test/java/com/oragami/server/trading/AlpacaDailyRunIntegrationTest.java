package com.oragami.server.trading;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.AccountId;
import com.oragami.engine.trading.BookId;
import com.oragami.engine.trading.ClientOrderId;
import com.oragami.engine.trading.Quantity;
import com.oragami.engine.trading.RunId;
import com.oragami.engine.trading.Side;
import com.oragami.server.broker.BrokerConnection;
import com.oragami.server.broker.BrokerConnectionId;
import com.oragami.server.broker.BrokerNeedsReconnect;
import com.oragami.server.broker.Brokers;
import com.oragami.server.broker.alpaca.AlpacaFixtures;
import com.oragami.server.ledger.Ledger;
import com.oragami.server.marketdata.MarketData;
import com.oragami.server.platform.LiveEvents;
import com.oragami.server.platform.UserId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily run on the real wiring — {@code ConnectedBrokers} over {@code Brokers} over the Alpaca
 * client — against a strict WireMock Alpaca fed Alpaca's documented answers, with a test clock and
 * recorded live prices (no {@code TestBrokers} here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AlpacaDailyRunIntegrationTest.Config.class)
class AlpacaDailyRunIntegrationTest {

    private static final WireMockServer ALPACA = AlpacaFixtures.start();
    private static final String KEY_ID = "PKDAILYRUNKEY001";
    private static final String SECRET = "paper-secret-of-the-daily-run-0001";
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);
    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The documented account with $10,000 of cash (the documented example is on margin, cash < 0). */
    private static final String ACCOUNT = AlpacaFixtures.ACCOUNT.replace("\"cash\":\"-23140.2\"", "\"cash\":\"10000\"");

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }

        @Bean
        @Primary
        TestQuotes testQuotes(MarketData marketData) {
            return new TestQuotes(marketData);
        }

        @Bean
        @Primary
        Pause testPause(MutableClock clock) {
            return clock::advance;
        }
    }

    @DynamicPropertySource
    static void alpaca(DynamicPropertyRegistry registry) {
        registry.add("oragami.broker.alpaca.trading-url", ALPACA::baseUrl);
        registry.add("oragami.broker.alpaca.attempts", () -> "2");
        registry.add("oragami.broker.alpaca.backoff", () -> "1ms");
        registry.add("oragami.broker.alpaca.max-backoff", () -> "2ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    TestQuotes quotes;

    @Autowired
    TradingDay day;

    @Autowired
    Deployments deployments;

    @Autowired
    Brokers brokers;

    @Autowired
    Ledger ledger;

    @Autowired
    LiveEvents live;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The run is for every account of the database: only this test's runs. */
    @BeforeEach
    void parkOtherAccounts() {
        ALPACA.resetAll();
        quotes.reset();
        jdbc.sql("UPDATE trading_deployment SET status = 'PAUSED' WHERE status <> 'UNDEPLOYED'")
                .update();
        jdbc.sql("UPDATE trading_run SET status = 'FAILED' WHERE status IN ('PLANNING', 'SENDING')")
                .update();
    }

    @AfterEach
    void strict() {
        AlpacaFixtures.assertNoUnexpectedRequests(ALPACA);
    }

    @Test
    void normalDaySendsTheOrderOnceAndSettlesItsFill() {
        UserId owner = register();
        String account = connectAndDeploy(owner, "10000");
        // Thursday: SPY $500 → the book's $10000 buys SPY by notional; its id is the run's, the account's, SPY's, BUY's
        String clientOrderId = ClientOrderId.of(
                        RunId.of(THURSDAY.toString()), AccountId.of(account), Ticker.of("SPY"), Side.BUY)
                .value();
        ALPACA.stubFor(get(urlPathEqualTo("/v2/orders:by_client_order_id"))
                .withQueryParam("client_order_id", equalTo(clientOrderId))
                .willReturn(aResponse().withStatus(404).withBody(AlpacaFixtures.NOT_FOUND)));
        ALPACA.stubFor(post(urlPathEqualTo("/v2/orders"))
                .withRequestBody(equalToJson("""
                        {"symbol": "SPY", "notional": "10000", "side": "buy", "type": "market",
                         "time_in_force": "day", "client_order_id": "%s"}""".formatted(clientOrderId)))
                .willReturn(okJson(AlpacaFixtures.order("buy", "null", "10000", "filled", "20", "500"))));
        ALPACA.stubFor(get(urlPathEqualTo("/v2/positions")).willReturn(okJson("""
                        [{"asset_id":"b28f4066-5c6d-479b-a2af-85dc1a8f16fb","symbol":"SPY","exchange":"ARCA",
                          "asset_class":"us_equity","avg_entry_price":"500","qty":"20","qty_available":"20",
                          "side":"long","market_value":"10000","cost_basis":"10000","unrealized_pl":"0",
                          "unrealized_plpc":"0","unrealized_intraday_pl":"0","unrealized_intraday_plpc":"0",
                          "current_price":"500","lastday_price":"500","change_today":"0"}]""")));
        stubCalendar(THURSDAY, "16:00");
        quotes.price(THURSDAY, "SPY", 500);
        at(THURSDAY, LocalTime.of(15, 50));

        day.fire();

        ALPACA.verify(1, getRequestedFor(urlPathEqualTo("/v2/calendar"))); // once per run
        ALPACA.verify(1, postRequestedFor(urlPathEqualTo("/v2/orders")));
        TradingRun run = runOf(owner, account, THURSDAY);
        assertThat(run.status()).isEqualTo(TradingRun.DONE);
        List<TradingOrder> orders = deployments.orders(run);
        assertThat(orders).singleElement().satisfies(o -> {
            assertThat(o.clientOrderId()).isEqualTo(clientOrderId);
            assertThat(o.status()).isEqualTo("FILLED");
            assertThat(o.notional()).isEqualByComparingTo("10000");
        });
        // the fill: 20 shares at $500 = $10000, all of the book's cash
        String book = deployments.list(owner).get(0).id().toString();
        assertThat(ledger.book(owner, BookId.of(book)).orElseThrow().position(Ticker.of("SPY")))
                .isEqualTo(Quantity.of("20"));
        assertThat(kinds(run))
                .contains("RUN_COMPLETED")
                .doesNotContain("MISSED_REBALANCE", "CALENDAR_MISMATCH", "CALENDAR_UNCHECKED");
    }

    @Test
    void alpacaCalendarWithoutTodayStopsTheRunBeforeAnyOrderCall() {
        UserId owner = register();
        String account = connectAndDeploy(owner, "10000");
        ALPACA.stubFor(get(urlPathEqualTo("/v2/calendar"))
                .withQueryParam("start", equalTo(THURSDAY.toString()))
                .withQueryParam("end", equalTo(THURSDAY.toString()))
                .willReturn(okJson("[]")));
        quotes.price(THURSDAY, "SPY", 500);
        at(THURSDAY, LocalTime.of(15, 50));

        day.fire();

        ALPACA.verify(0, getRequestedFor(urlPathEqualTo("/v2/orders:by_client_order_id")));
        ALPACA.verify(0, postRequestedFor(urlPathEqualTo("/v2/orders")));
        TradingRun run = runOf(owner, account, THURSDAY);
        assertThat(run.status()).isEqualTo(TradingRun.FAILED);
        assertThat(deployments.events(run)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("CALENDAR_MISMATCH");
            assertThat(e.message()).contains("closing at 16:00").contains("the broker says no session");
        });
    }

    @Test
    void refusedCredentialsMarkTheConnectionTellTheOwnerAndRecordAMissedRebalance() throws InterruptedException {
        UserId owner = register();
        String account = connectAndDeploy(owner, "10000");
        // The token expired overnight: every call answers 401 as Alpaca documents it.
        ALPACA.resetAll();
        ALPACA.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401).withBody(AlpacaFixtures.UNAUTHORIZED)));
        ALPACA.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(401).withBody(AlpacaFixtures.UNAUTHORIZED)));
        stubCalendar(THURSDAY, "16:00"); // the newer stub wins: the 401 comes on the order path
        quotes.price(THURSDAY, "SPY", 500);
        at(THURSDAY, LocalTime.of(15, 50));
        BlockingQueue<Map<String, Object>> told = new LinkedBlockingQueue<>();
        assertThat(live.awaitListening(WAIT)).isTrue();
        Disposable subscription =
                live.stream(owner, BrokerNeedsReconnect.LIVE_TOPIC).subscribe(told::add);

        try {
            day.fire();

            Map<String, Object> update = told.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(update).isNotNull();
            assertThat(update)
                    .containsEntry("kind", "BROKER_NEEDS_RECONNECT")
                    .containsEntry("accountId", account)
                    .containsEntry("code", "broker-needs-reconnect");
            assertThat(update.get("message").toString()).doesNotContain(SECRET, KEY_ID);
        } finally {
            subscription.dispose();
        }
        ALPACA.verify(0, postRequestedFor(urlPathEqualTo("/v2/orders")));
        // one look-up before sending, refused; no retry, since only the owner can repair the credentials
        ALPACA.verify(1, getRequestedFor(urlPathEqualTo("/v2/orders:by_client_order_id")));
        assertThat(status(owner, account)).isEqualTo(BrokerConnection.NEEDS_RECONNECT);
        TradingRun run = runOf(owner, account, THURSDAY);
        assertThat(run.status()).isEqualTo(TradingRun.DONE);
        assertThat(deployments.orders(run))
                .singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(TradingOrder.FAILED));
        assertThat(kinds(run)).contains("MISSED_REBALANCE", "RECONCILIATION_SKIPPED", "RUN_COMPLETED");
    }

    @Test
    void connectionThatNeedsReconnectingMissesTheNextRunWithoutCallingAlpaca() {
        UserId owner = register();
        String account = connectAndDeploy(owner, "10000");
        ALPACA.resetAll();
        ALPACA.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401).withBody(AlpacaFixtures.UNAUTHORIZED)));
        quotes.price(THURSDAY, "SPY", 500);
        at(THURSDAY, LocalTime.of(15, 50));
        day.fire();
        assertThat(status(owner, account)).isEqualTo(BrokerConnection.NEEDS_RECONNECT);
        ALPACA.resetAll(); // any request from here on is unexpected
        quotes.price(FRIDAY, "SPY", 510);
        at(FRIDAY, LocalTime.of(15, 50));

        day.fire();

        assertThat(ALPACA.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        TradingRun run = runOf(owner, account, FRIDAY);
        assertThat(run.status()).isEqualTo(TradingRun.DONE);
        assertThat(deployments.orders(run)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(TradingOrder.MISSED);
            assertThat(o.message()).contains("needs reconnecting");
        });
        // the calendar is not asked either: the connection is unusable, so the check is recorded as skipped
        assertThat(kinds(run)).contains("CALENDAR_UNCHECKED", "MISSED_REBALANCE", "RUN_COMPLETED");
    }

    /** Alpaca's calendar for one day, as {@code GET /v2/calendar?start=day&end=day} answers it. */
    private static void stubCalendar(LocalDate date, String close) {
        ALPACA.stubFor(get(urlPathEqualTo("/v2/calendar"))
                .withQueryParam("start", equalTo(date.toString()))
                .withQueryParam("end", equalTo(date.toString()))
                .willReturn(okJson("""
                        [{"date":"%s","open":"09:30","close":"%s","session_open":"0400","session_close":"2000",
                          "settlement_date":"%s"}]""".formatted(date, close, date.plusDays(1)))));
    }

    /** Connects the paper keys (Alpaca answers the documented account) and deploys Always SPY. */
    private String connectAndDeploy(UserId owner, String amount) {
        ALPACA.stubFor(get(urlPathEqualTo("/v2/account"))
                .withHeader("APCA-API-KEY-ID", equalTo(KEY_ID))
                .withHeader("APCA-API-SECRET-KEY", equalTo(SECRET))
                .willReturn(okJson(ACCOUNT)));
        at(THURSDAY, LocalTime.of(10, 0));
        String account = brokers.connectWithKeys(owner, KEY_ID, SECRET).id().toString();
        DeploymentPayload payload =
                deployments.deploy(owner, upload(owner, TradingTestBase.ALWAYS_SPY), account, amount);
        assertThat(payload.problems()).isEmpty();
        return account;
    }

    private String status(UserId owner, String account) {
        return brokers.connection(owner, BrokerConnectionId.parse(account).orElseThrow())
                .orElseThrow()
                .status();
    }

    private TradingRun runOf(UserId owner, String account, LocalDate date) {
        return deployments.runs(owner, account, 10).stream()
                .filter(r -> r.tradingDate().equals(date))
                .findFirst()
                .orElseThrow();
    }

    private List<String> kinds(TradingRun run) {
        return deployments.events(run).stream().map(TradingEvent::kind).toList();
    }

    private void at(LocalDate date, LocalTime newYork) {
        clock.setNewYork(date, newYork);
    }

    // --- a user and a symphony through GraphQL, as a client makes them -----------------------

    private @org.jspecify.annotations.Nullable String token;

    private UserId register() {
        Instant testTime = clock.instant();
        clock.set(Instant.now()); // tokens are checked against the real time
        JsonNode payload = graphql(
                        """
                        mutation($email: String!, $password: String!) {
                          register(input: {email: $email, password: $password}) {
                            user { id } tokens { accessToken } problems { code }
                          }
                        }""",
                        Map.of(
                                "email",
                                "alpaca-run-" + UUID.randomUUID() + "@example.com",
                                "password",
                                TradingTestBase.PASSWORD))
                .path("register");
        clock.set(testTime);
        token = payload.path("tokens").path("accessToken").asString();
        return UserId.parse(payload.path("user").path("id").asString());
    }

    private String upload(UserId owner, String source) {
        JsonNode payload = graphql("""
                        mutation($source: String!) {
                          uploadSymphony(input: {source: $source}) { symphony { id } problems { code } }
                        }""", Map.of("source", source)).path("uploadSymphony");
        assertThat(payload.path("symphony").isObject()).as(payload.toString()).isTrue();
        return payload.path("symphony").path("id").asString();
    }

    private JsonNode graphql(String query, Map<String, ?> variables) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body());
            assertThat(json.path("errors").isMissingNode()).as(response.body()).isTrue();
            return json.path("data");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
