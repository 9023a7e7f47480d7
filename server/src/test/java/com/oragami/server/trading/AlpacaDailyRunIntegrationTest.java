package com.oragami.server.trading;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
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
import java.math.BigDecimal;
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

    @Test
    void sellThatFillsOnTheSecondPollIsAwaitedBeforeTheBuyAndBookedAtItsAveragePrice() {
        UserId owner = register();
        String account = connectAndDeploy(owner, "10000", TradingTestBase.SPY_OR_TLT);
        // Thursday: SPY $500 (not above $1000) → SPY: 20 shares at $500 fill at once
        String thursdayBuy = clientOrderId(THURSDAY, account, "SPY", Side.BUY);
        ALPACA.stubFor(get(urlPathEqualTo("/v2/orders:by_client_order_id"))
                .withQueryParam("client_order_id", equalTo(thursdayBuy))
                .willReturn(aResponse().withStatus(404).withBody(AlpacaFixtures.NOT_FOUND)));
        ALPACA.stubFor(post(urlPathEqualTo("/v2/orders"))
                .withRequestBody(matchingJsonPath("$.client_order_id", equalTo(thursdayBuy)))
                .willReturn(okJson(AlpacaFixtures.order("buy", "null", "10000", "filled", "20", "500"))));
        stubPositions("SPY", "20", "500");
        stubCalendar(THURSDAY, "16:00");
        quotes.price(THURSDAY, "SPY", 500);
        at(THURSDAY, LocalTime.of(15, 50));
        day.fire();
        assertThat(runOf(owner, account, THURSDAY).status()).isEqualTo(TradingRun.DONE);
        ALPACA.resetRequests();

        // Friday: SPY $1100 (above $1000) → TLT: sell the 20 SPY (planned 20 × $1100 = $22000) and buy TLT for
        // $21999.99 (the $22000 gap, computed at finite precision, rounded down to the cent).
        // Alpaca accepts the sell, reports 10 filled at the first poll and all 20 at $1101 on average at the second.
        String sell = clientOrderId(FRIDAY, account, "SPY", Side.SELL);
        String buy = clientOrderId(FRIDAY, account, "TLT", Side.BUY);
        String sellScenario = "sell " + sell;
        ALPACA.stubFor(get(urlPathEqualTo("/v2/orders:by_client_order_id"))
                .inScenario(sellScenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .withQueryParam("client_order_id", equalTo(sell))
                .willReturn(aResponse().withStatus(404).withBody(AlpacaFixtures.NOT_FOUND)));
        ALPACA.stubFor(post(urlPathEqualTo("/v2/orders"))
                .inScenario(sellScenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(matchingJsonPath("$.client_order_id", equalTo(sell)))
                .withRequestBody(matchingJsonPath("$.symbol", equalTo("SPY")))
                .withRequestBody(matchingJsonPath("$.side", equalTo("sell")))
                .withRequestBody(matchingJsonPath("$.qty", equalTo("20")))
                .willReturn(okJson(AlpacaFixtures.order("sell", "20", "null", "accepted", "0", "null")))
                .willSetStateTo("accepted"));
        ALPACA.stubFor(get(urlPathEqualTo("/v2/orders:by_client_order_id"))
                .inScenario(sellScenario)
                .whenScenarioStateIs("accepted")
                .withQueryParam("client_order_id", equalTo(sell))
                .willReturn(okJson(AlpacaFixtures.order("sell", "20", "null", "partially_filled", "10", "1100")))
                .willSetStateTo("partially filled"));
        ALPACA.stubFor(get(urlPathEqualTo("/v2/orders:by_client_order_id"))
                .inScenario(sellScenario)
                .whenScenarioStateIs("partially filled")
                .withQueryParam("client_order_id", equalTo(sell))
                .willReturn(okJson(AlpacaFixtures.order("sell", "20", "null", "filled", "20", "1101")))
                .willSetStateTo("filled"));
        ALPACA.stubFor(get(urlPathEqualTo("/v2/orders:by_client_order_id"))
                .withQueryParam("client_order_id", equalTo(buy))
                .willReturn(aResponse().withStatus(404).withBody(AlpacaFixtures.NOT_FOUND)));
        // the buy is only expected once the sell has filled
        ALPACA.stubFor(post(urlPathEqualTo("/v2/orders"))
                .inScenario(sellScenario)
                .whenScenarioStateIs("filled")
                .withRequestBody(equalToJson("""
                        {"symbol": "TLT", "notional": "21999.99", "side": "buy", "type": "market",
                         "time_in_force": "day", "client_order_id": "%s"}""".formatted(buy)))
                .willReturn(okJson(AlpacaFixtures.order("buy", "null", "21999.99", "filled", "219.9999", "100"))));
        stubPositions("TLT", "219.9999", "100");
        stubCalendar(FRIDAY, "16:00");
        quotes.price(FRIDAY, "SPY", 1100);
        quotes.price(FRIDAY, "TLT", 100);
        at(FRIDAY, LocalTime.of(15, 50));

        day.fire();

        assertThat(orderCalls())
                .containsExactly(
                        "GET " + sell, // looked up by the run before sending: unknown
                        "GET " + sell, // and again by the client's submit
                        "POST " + sell, // accepted, nothing filled
                        "GET " + sell, // first poll: 10 of 20
                        "GET " + sell, // second poll: filled
                        "GET " + buy, // only now the buy, looked up twice too
                        "GET " + buy,
                        "POST " + buy);
        TradingRun run = runOf(owner, account, FRIDAY);
        assertThat(run.status()).isEqualTo(TradingRun.DONE);
        assertThat(deployments.orders(run))
                .extracting(TradingOrder::clientOrderId, TradingOrder::status, TradingOrder::filledQuantity)
                .containsExactlyInAnyOrder(
                        tuple(sell, "FILLED", new BigDecimal("20.000000000")),
                        tuple(buy, "FILLED", new BigDecimal("219.999900000")));
        // the book: 20 SPY sold at $1101 = $22020; 219.9999 TLT bought at $100 = $21999.99; $22020 − $21999.99 = $20.01
        String book = deployments.list(owner).get(0).id().toString();
        var after = ledger.book(owner, BookId.of(book)).orElseThrow();
        assertThat(after.position(Ticker.of("SPY"))).isEqualTo(Quantity.ZERO);
        assertThat(after.position(Ticker.of("TLT"))).isEqualTo(Quantity.of("219.9999"));
        assertThat(after.cash().amount()).isEqualByComparingTo("20.01");
        assertThat(kinds(run)).contains("RUN_COMPLETED").doesNotContain("MISSED_REBALANCE");
    }

    @Test
    void orderStillOpenAtTheDeadlineIsAMissedRebalanceAndIsSentOnce() {
        UserId owner = register();
        String account = connectAndDeploy(owner, "10000");
        String clientOrderId = clientOrderId(THURSDAY, account, "SPY", Side.BUY);
        String scenario = "never fills " + clientOrderId;
        ALPACA.stubFor(get(urlPathEqualTo("/v2/orders:by_client_order_id"))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .withQueryParam("client_order_id", equalTo(clientOrderId))
                .willReturn(aResponse().withStatus(404).withBody(AlpacaFixtures.NOT_FOUND)));
        ALPACA.stubFor(post(urlPathEqualTo("/v2/orders"))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(matchingJsonPath("$.client_order_id", equalTo(clientOrderId)))
                .willReturn(okJson(AlpacaFixtures.order("buy", "null", "10000", "accepted", "0", "null")))
                .willSetStateTo("sent"));
        ALPACA.stubFor(get(urlPathEqualTo("/v2/orders:by_client_order_id"))
                .inScenario(scenario)
                .whenScenarioStateIs("sent")
                .withQueryParam("client_order_id", equalTo(clientOrderId))
                .willReturn(okJson(AlpacaFixtures.order("buy", "null", "10000", "new", "0", "null"))));
        ALPACA.stubFor(get(urlPathEqualTo("/v2/positions")).willReturn(okJson("[]")));
        stubCalendar(THURSDAY, "16:00");
        quotes.price(THURSDAY, "SPY", 500);
        // 10 s before the deadline (15:59:30): polls at :20, :22, :24, :26, :28 (2 s apart), none at :30
        at(THURSDAY, LocalTime.of(15, 59, 20));

        day.fire();

        ALPACA.verify(1, postRequestedFor(urlPathEqualTo("/v2/orders")));
        // 2 look-ups before sending (the run's, then the client's submit's) + 5 polls
        ALPACA.verify(7, getRequestedFor(urlPathEqualTo("/v2/orders:by_client_order_id")));
        TradingRun run = runOf(owner, account, THURSDAY);
        assertThat(run.status()).isEqualTo(TradingRun.DONE);
        assertThat(deployments.orders(run)).singleElement().satisfies(o -> {
            assertThat(o.clientOrderId()).isEqualTo(clientOrderId);
            assertThat(o.status()).isEqualTo(TradingOrder.MISSED);
            assertThat(o.filledQuantity()).isNull();
            assertThat(o.message()).isEqualTo("not filled before the deadline (the broker still had it accepted)");
        });
        String book = deployments.list(owner).get(0).id().toString();
        var after = ledger.book(owner, BookId.of(book)).orElseThrow();
        assertThat(after.position(Ticker.of("SPY"))).isEqualTo(Quantity.ZERO);
        assertThat(after.cash().amount()).isEqualByComparingTo("10000");
        assertThat(deployments.events(run))
                .filteredOn(e -> e.kind().equals("MISSED_REBALANCE"))
                .singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("order-not-filled"));
        assertThat(deployments.events(run))
                .filteredOn(e -> e.kind().equals("RUN_COMPLETED"))
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("1 order(s) planned, 0 filled, 1 missed"));
    }

    @Test
    void partialFillAtTheDeadlineIsBookedAndTheRestMissed() {
        UserId owner = register();
        String account = connectAndDeploy(owner, "10000");
        String clientOrderId = clientOrderId(THURSDAY, account, "SPY", Side.BUY);
        String scenario = "half fills " + clientOrderId;
        ALPACA.stubFor(get(urlPathEqualTo("/v2/orders:by_client_order_id"))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .withQueryParam("client_order_id", equalTo(clientOrderId))
                .willReturn(aResponse().withStatus(404).withBody(AlpacaFixtures.NOT_FOUND)));
        ALPACA.stubFor(post(urlPathEqualTo("/v2/orders"))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(matchingJsonPath("$.client_order_id", equalTo(clientOrderId)))
                .willReturn(okJson(AlpacaFixtures.order("buy", "null", "10000", "new", "0", "null")))
                .willSetStateTo("sent"));
        // every poll: 10 shares at $500 of the $10000 (20 shares) filled, the rest still working
        ALPACA.stubFor(get(urlPathEqualTo("/v2/orders:by_client_order_id"))
                .inScenario(scenario)
                .whenScenarioStateIs("sent")
                .withQueryParam("client_order_id", equalTo(clientOrderId))
                .willReturn(okJson(AlpacaFixtures.order("buy", "null", "10000", "partially_filled", "10", "500"))));
        stubPositions("SPY", "10", "500");
        stubCalendar(THURSDAY, "16:00");
        quotes.price(THURSDAY, "SPY", 500);
        at(THURSDAY, LocalTime.of(15, 59, 26)); // polls at :26 and :28, the deadline at :30

        day.fire();

        ALPACA.verify(1, postRequestedFor(urlPathEqualTo("/v2/orders")));
        ALPACA.verify(2 + 2, getRequestedFor(urlPathEqualTo("/v2/orders:by_client_order_id")));
        TradingRun run = runOf(owner, account, THURSDAY);
        assertThat(deployments.orders(run)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(TradingOrder.MISSED);
            assertThat(o.filledQuantity()).isEqualByComparingTo("10");
            assertThat(o.averagePrice()).isEqualByComparingTo("500");
            assertThat(o.message())
                    .isEqualTo("not filled before the deadline (the broker still had it partially_filled, 10 filled)");
        });
        // the book: 10 SPY at $500 = $5000 spent, $10000 − $5000 = $5000 left
        String book = deployments.list(owner).get(0).id().toString();
        var after = ledger.book(owner, BookId.of(book)).orElseThrow();
        assertThat(after.position(Ticker.of("SPY"))).isEqualTo(Quantity.of("10"));
        assertThat(after.cash().amount()).isEqualByComparingTo("5000");
        assertThat(kinds(run)).contains("MISSED_REBALANCE");
        assertThat(deployments.events(run))
                .filteredOn(e -> e.kind().equals("RUN_COMPLETED"))
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("1 order(s) planned, 1 filled, 1 missed"));
    }

    /** The order calls Alpaca saw, oldest first: method and client order id. */
    private static List<String> orderCalls() {
        List<ServeEvent> events = new java.util.ArrayList<>(ALPACA.getAllServeEvents());
        java.util.Collections.reverse(events);
        return events.stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/v2/orders"))
                .map(e -> e.getRequest().getMethod().getName() + " "
                        + (e.getRequest().getMethod().getName().equals("GET")
                                ? e.getRequest()
                                        .queryParameter("client_order_id")
                                        .firstValue()
                                : JSON.readTree(e.getRequest().getBodyAsString())
                                        .path("client_order_id")
                                        .asString()))
                .toList();
    }

    private static String clientOrderId(LocalDate date, String account, String ticker, Side side) {
        return ClientOrderId.of(RunId.of(date.toString()), AccountId.of(account), Ticker.of(ticker), side)
                .value();
    }

    private static void stubPositions(String symbol, String qty, String price) {
        ALPACA.stubFor(get(urlPathEqualTo("/v2/positions")).willReturn(okJson("""
                        [{"asset_id":"b28f4066-5c6d-479b-a2af-85dc1a8f16fb","symbol":"%1$s","exchange":"ARCA",
                          "asset_class":"us_equity","avg_entry_price":"%3$s","qty":"%2$s","qty_available":"%2$s",
                          "side":"long","market_value":"0","cost_basis":"0","unrealized_pl":"0",
                          "unrealized_plpc":"0","unrealized_intraday_pl":"0","unrealized_intraday_plpc":"0",
                          "current_price":"%3$s","lastday_price":"%3$s","change_today":"0"}]""".formatted(symbol, qty, price))));
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
        return connectAndDeploy(owner, amount, TradingTestBase.ALWAYS_SPY);
    }

    private String connectAndDeploy(UserId owner, String amount, String symphony) {
        ALPACA.stubFor(get(urlPathEqualTo("/v2/account"))
                .withHeader("APCA-API-KEY-ID", equalTo(KEY_ID))
                .withHeader("APCA-API-SECRET-KEY", equalTo(SECRET))
                .willReturn(okJson(ACCOUNT)));
        at(THURSDAY, LocalTime.of(10, 0));
        String account = brokers.connectWithKeys(owner, KEY_ID, SECRET).id().toString();
        DeploymentPayload payload = deployments.deploy(owner, upload(owner, symphony), account, amount);
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
