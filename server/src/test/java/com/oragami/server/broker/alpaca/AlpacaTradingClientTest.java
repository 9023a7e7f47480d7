package com.oragami.server.broker.alpaca;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.oragami.server.broker.alpaca.AlpacaFixtures.CLIENT_ORDER_ID;
import static com.oragami.server.broker.alpaca.AlpacaFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.oragami.engine.calendar.Session;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.BrokerOrder;
import com.oragami.engine.trading.ClientOrderId;
import com.oragami.engine.trading.Fill;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Order;
import com.oragami.engine.trading.Price;
import com.oragami.engine.trading.Quantity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Alpaca trading client against WireMock fed Alpaca's documented requests and answers. */
class AlpacaTradingClientTest {

    private static final String BY_ID = "/v2/orders:by_client_order_id";
    private static final ClientOrderId ID = new ClientOrderId(CLIENT_ORDER_ID);
    private static final Ticker AAPL = new Ticker("AAPL");
    private static final Order BUY = Order.buy(ID, AAPL, Money.of("500"), Price.of("120"));
    private static final Order SELL = Order.sell(ID, AAPL, Quantity.of("2.5"), Price.of("120"));
    private static final String TOKEN = "oauth-access-token-0123456789";

    private static WireMockServer server;
    private AlpacaTradingClient alpaca;

    @BeforeAll
    static void startServer() {
        server = AlpacaFixtures.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void setUp() {
        server.resetAll();
        alpaca = new AlpacaTradingClient(server.baseUrl(), new AlpacaAuth.OAuthToken(TOKEN), AlpacaFixtures.HTTP);
    }

    @AfterEach
    void strict() {
        AlpacaFixtures.assertNoUnexpectedRequests(server);
    }

    private static MappingBuilder lookup() {
        return get(urlPathEqualTo(BY_ID))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withQueryParam("client_order_id", equalTo(CLIENT_ORDER_ID));
    }

    private static MappingBuilder postBuy() {
        return post(urlPathEqualTo("/v2/orders"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("""
                        {"symbol":"AAPL","notional":"500","side":"buy","type":"market","time_in_force":"day",
                         "client_order_id":"%s"}""".formatted(CLIENT_ORDER_ID)));
    }

    private static String acceptedBuy() {
        return order("buy", "null", "500", "accepted", "0", "null");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    @Test
    void readsCashOfTheAccountWithTheBearerToken() {
        server.stubFor(get(urlPathEqualTo("/v2/account"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson(AlpacaFixtures.ACCOUNT)));

        AlpacaAccount account = alpaca.account();

        assertThat(account.accountNumber()).isEqualTo("PA3ABCDEFG");
        assertThat(account.status()).isEqualTo("ACTIVE");
        assertThat(account.cash()).isEqualTo(Money.of("-23140.2"));
    }

    @Test
    void sendsPaperKeysInAlpacaHeaders() {
        AlpacaTradingClient keyed = new AlpacaTradingClient(
                server.baseUrl(), new AlpacaAuth.ApiKeys("PKTEST123", "secret-456"), AlpacaFixtures.HTTP);
        server.stubFor(get(urlPathEqualTo("/v2/account"))
                .withHeader("APCA-API-KEY-ID", equalTo("PKTEST123"))
                .withHeader("APCA-API-SECRET-KEY", equalTo("secret-456"))
                .willReturn(okJson(AlpacaFixtures.ACCOUNT)));

        assertThat(keyed.cash()).isEqualTo(Money.of("-23140.2"));
    }

    @Test
    void readsPositionsWithTrimmedSymbolsAndShareClassesInEngineSpelling() {
        server.stubFor(get(urlPathEqualTo("/v2/positions")).willReturn(okJson(AlpacaFixtures.POSITIONS)));

        assertThat(alpaca.positions())
                .containsExactly(
                        Map.entry(AAPL, Quantity.of("5")), Map.entry(new Ticker("BRK/B"), Quantity.of("1.234567891")));
    }

    @Test
    void looksTheIdUpThenPostsABuyByNotional() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy().willReturn(okJson(acceptedBuy())));

        BrokerOrder sent = alpaca.submit(BUY);

        assertThat(sent.status()).isEqualTo(BrokerOrder.Status.ACCEPTED);
        assertThat(sent.order()).isEqualTo(BUY);
        assertThat(sent.fill()).isEmpty();
        server.verify(1, getRequestedFor(urlPathEqualTo(BY_ID)));
        server.verify(1, postRequestedFor(urlPathEqualTo("/v2/orders")));
    }

    @Test
    void postsASellByQuantity() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(post(urlPathEqualTo("/v2/orders"))
                .withRequestBody(equalToJson("""
                        {"symbol":"AAPL","qty":"2.5","side":"sell","type":"market","time_in_force":"day",
                         "client_order_id":"%s"}""".formatted(CLIENT_ORDER_ID)))
                .willReturn(okJson(order("sell", "2.5", "null", "filled", "2.5", "119.98"))));

        BrokerOrder sent = alpaca.submit(SELL);

        assertThat(sent.status()).isEqualTo(BrokerOrder.Status.FILLED);
        assertThat(sent.fill()).contains(new Fill(ID, Quantity.of("2.5"), Price.of("119.98")));
    }

    @Test
    void returnsAnOrderAlpacaAlreadyHasWithoutPosting() {
        server.stubFor(lookup().willReturn(okJson(order("buy", "null", "500", "filled", "4.166666666", "120"))));

        BrokerOrder known = alpaca.submit(BUY);

        assertThat(known.status()).isEqualTo(BrokerOrder.Status.FILLED);
        // 4.166666666 shares × $120 = $499.99999992 → $500.000000 half-even to the micro-dollar
        assertThat(known.fill().orElseThrow().cash()).isEqualTo(Money.of("500.000000"));
        server.verify(0, postRequestedFor(urlPathEqualTo("/v2/orders")));
    }

    @Test
    void fetchesTheExistingOrderWhenAlpacaCallsTheIdTaken() {
        server.stubFor(lookup().inScenario("race")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy()
                .inScenario("race")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(422, AlpacaFixtures.DUPLICATE))
                .willSetStateTo("taken"));
        server.stubFor(lookup().inScenario("race")
                .whenScenarioStateIs("taken")
                .willReturn(okJson(order("buy", "null", "500", "partially_filled", "1", "120.5"))));

        BrokerOrder existing = alpaca.submit(BUY);

        assertThat(existing.status()).isEqualTo(BrokerOrder.Status.PARTIALLY_FILLED);
        assertThat(existing.fill()).contains(new Fill(ID, Quantity.of("1"), Price.of("120.5")));
        server.verify(1, postRequestedFor(urlPathEqualTo("/v2/orders")));
    }

    @Test
    void aWashTradeIsATypedRejectionNotRetried() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy().willReturn(json(403, AlpacaFixtures.WASH_TRADE)));

        BrokerOrder refused = alpaca.submit(BUY);

        assertThat(refused.status()).isEqualTo(BrokerOrder.Status.REJECTED);
        assertThat(refused.rejection()).contains("wash-trade: potential wash trade detected. use complex orders");
        server.verify(1, postRequestedFor(urlPathEqualTo("/v2/orders")));
    }

    @Test
    void insufficientBuyingPowerIsATypedRejection() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy().willReturn(json(403, AlpacaFixtures.BUYING_POWER)));

        assertThat(alpaca.submit(BUY).rejection()).contains("insufficient-buying-power: insufficient buying power");
        server.verify(1, postRequestedFor(urlPathEqualTo("/v2/orders")));
    }

    @Test
    void aRefusedTokenIsUnauthorized() {
        server.stubFor(lookup().willReturn(json(401, AlpacaFixtures.UNAUTHORIZED)));

        assertThatThrownBy(() -> alpaca.submit(BUY))
                .isInstanceOfSatisfying(
                        AlpacaException.class,
                        e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.UNAUTHORIZED))
                .hasMessageNotContaining(TOKEN);
        server.verify(0, postRequestedFor(urlPathEqualTo("/v2/orders")));
    }

    @Test
    void aForbiddenOrderWithoutARejectionCodeIsUnauthorized() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy().willReturn(json(403, "{\"message\":\"forbidden.\"}")));

        assertThatThrownBy(() -> alpaca.submit(BUY))
                .isInstanceOfSatisfying(
                        AlpacaException.class,
                        e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.UNAUTHORIZED));
    }

    @Test
    void findsTheOrderAcceptedBeforeATimeoutInsteadOfSendingItAgain() {
        AlpacaTradingClient impatient = new AlpacaTradingClient(
                server.baseUrl(),
                new AlpacaAuth.OAuthToken(TOKEN),
                new AlpacaHttp(
                        Duration.ofSeconds(5), Duration.ofMillis(1000), 3, Duration.ofMillis(1), Duration.ofMillis(4)));
        server.stubFor(lookup().inScenario("slow")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy()
                .inScenario("slow")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(acceptedBuy()).withFixedDelay(5000))
                .willSetStateTo("accepted"));
        server.stubFor(lookup().inScenario("slow")
                .whenScenarioStateIs("accepted")
                .willReturn(okJson(order("buy", "null", "500", "filled", "4.166666666", "120"))));

        BrokerOrder found = impatient.submit(BUY);

        assertThat(found.status()).isEqualTo(BrokerOrder.Status.FILLED);
        server.verify(1, postRequestedFor(urlPathEqualTo("/v2/orders")));
        server.verify(2, getRequestedFor(urlPathEqualTo(BY_ID)));
    }

    @Test
    void looksUpBeforeResendingAfterAServerError() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy()
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(503, "{\"message\":\"service unavailable\"}"))
                .willSetStateTo("up"));
        server.stubFor(postBuy().inScenario("flaky").whenScenarioStateIs("up").willReturn(okJson(acceptedBuy())));

        assertThat(alpaca.submit(BUY).status()).isEqualTo(BrokerOrder.Status.ACCEPTED);
        // lookup, POST 503, lookup, POST 200
        server.verify(2, getRequestedFor(urlPathEqualTo(BY_ID)));
        server.verify(2, postRequestedFor(urlPathEqualTo("/v2/orders")));
    }

    @Test
    void givesUpAfterEveryTryIsRateLimited() {
        server.stubFor(
                get(urlPathEqualTo("/v2/positions")).willReturn(json(429, "{\"message\":\"too many requests.\"}")));

        assertThatThrownBy(() -> alpaca.positions())
                .isInstanceOfSatisfying(
                        AlpacaException.class,
                        e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.UNAVAILABLE))
                .hasMessageContaining("HTTP 429 after 3 attempts");
        server.verify(3, getRequestedFor(urlPathEqualTo("/v2/positions")));
    }

    @Test
    void retriesABrokenConnection() {
        server.stubFor(get(urlPathEqualTo("/v2/account"))
                .inScenario("reset")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("fine"));
        server.stubFor(get(urlPathEqualTo("/v2/account"))
                .inScenario("reset")
                .whenScenarioStateIs("fine")
                .willReturn(okJson(AlpacaFixtures.ACCOUNT)));

        assertThat(alpaca.cash()).isEqualTo(Money.of("-23140.2"));
    }

    @Test
    void aCanceledOrderKeepsWhatFilled() {
        server.stubFor(lookup().willReturn(okJson(order("buy", "null", "500", "canceled", "2", "121"))));

        BrokerOrder canceled = alpaca.find(ID).orElseThrow();

        assertThat(canceled.status()).isEqualTo(BrokerOrder.Status.PARTIALLY_FILLED);
        assertThat(canceled.fill()).contains(new Fill(ID, Quantity.of("2"), Price.of("121")));
        assertThat(canceled.rejection()).hasValueSatisfying(r -> assertThat(r).startsWith("order-canceled"));
        // not submitted by this client: planning price is the average fill price
        assertThat(canceled.order().planningPrice()).isEqualTo(Price.of("121"));
    }

    @Test
    void aRejectedOrderIsRejected() {
        server.stubFor(lookup().willReturn(okJson(order("sell", "2.5", "null", "rejected", "0", "null"))));

        BrokerOrder rejected = alpaca.find(ID).orElseThrow();

        assertThat(rejected.status()).isEqualTo(BrokerOrder.Status.REJECTED);
        assertThat(rejected.order().quantity()).isEqualTo(Quantity.of("2.5"));
        assertThat(rejected.fill()).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownId() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));

        assertThat(alpaca.find(ID)).isEmpty();
    }

    @Test
    void readsTheClock() {
        server.stubFor(get(urlPathEqualTo("/v2/clock")).willReturn(okJson(AlpacaFixtures.CLOCK)));

        AlpacaClock clock = alpaca.clock();

        assertThat(clock.open()).isTrue();
        assertThat(clock.timestamp()).isEqualTo(Instant.parse("2022-04-28T18:07:04.451420928Z"));
        assertThat(clock.nextClose()).isEqualTo(Instant.parse("2022-04-28T20:00:00Z"));
        assertThat(clock.nextOpen()).isEqualTo(Instant.parse("2022-04-29T13:30:00Z"));
    }

    @Test
    void readsTheCalendarWithEarlyCloses() {
        server.stubFor(get(urlPathEqualTo("/v2/calendar"))
                .withQueryParam("start", equalTo("2024-11-27"))
                .withQueryParam("end", equalTo("2024-11-29"))
                .willReturn(okJson(AlpacaFixtures.CALENDAR)));

        List<Session> sessions = alpaca.calendar(LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 29));

        assertThat(sessions)
                .containsExactly(
                        new Session(LocalDate.of(2024, 11, 27), LocalTime.of(9, 30), LocalTime.of(16, 0), false),
                        new Session(LocalDate.of(2024, 11, 29), LocalTime.of(9, 30), LocalTime.of(13, 0), true));
    }

    @Test
    void refusesMalformedAnswers() {
        server.stubFor(get(urlPathEqualTo("/v2/account")).willReturn(okJson("{\"id\":\"x\"}")));

        assertThatThrownBy(() -> alpaca.account())
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.MALFORMED));
    }

    @Test
    void credentialsNeverShowInToString() {
        assertThat(new AlpacaAuth.OAuthToken(TOKEN).toString()).doesNotContain(TOKEN);
        assertThat(new AlpacaAuth.ApiKeys("PKTEST123", "secret-456").toString())
                .doesNotContain("PKTEST123")
                .doesNotContain("secret-456");
    }

    @Test
    void aFilledOrderWithoutAnAveragePriceIsMalformed() {
        server.stubFor(lookup().willReturn(okJson(order("buy", "null", "500", "filled", "4", "null"))));

        assertThatThrownBy(() -> alpaca.find(ID))
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.MALFORMED))
                .hasMessageContaining("without a filled_avg_price");
    }

    @Test
    void anUnknownBuyByQuantityCannotBeRebuilt() {
        server.stubFor(lookup().willReturn(okJson(order("buy", "3", "null", "new", "0", "null"))));

        assertThatThrownBy(() -> alpaca.find(ID))
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.MALFORMED));
    }

    @Test
    void anotherRefusalOfARequestIsRefused() {
        server.stubFor(get(urlPathEqualTo("/v2/calendar")).willReturn(json(400, "{\"message\":\"invalid start\"}")));

        assertThatThrownBy(() -> alpaca.calendar(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.REFUSED))
                .hasMessageContaining("HTTP 400: invalid start");
    }

    @Test
    void positionsThatAreNotAListAreMalformed() {
        server.stubFor(get(urlPathEqualTo("/v2/positions")).willReturn(okJson("{\"positions\":[]}")));

        assertThatThrownBy(() -> alpaca.positions())
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.MALFORMED));
    }

    @Test
    void anInvalidOrderIsATypedRejection() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy().willReturn(json(422, "{\"code\":40010001,\"message\":\"notional must be >= 1\"}")));

        assertThat(alpaca.submit(BUY).rejection()).contains("order-refused: notional must be >= 1");
    }

    @Test
    void givesUpSendingAfterEveryTryFails() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy().willReturn(json(500, "{\"message\":\"internal server error\"}")));

        assertThatThrownBy(() -> alpaca.submit(BUY))
                .isInstanceOfSatisfying(
                        AlpacaException.class,
                        e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.UNAVAILABLE));
        // a lookup before each of the 3 tries: lookup, POST, lookup, POST, lookup, POST, lookup
        server.verify(3, postRequestedFor(urlPathEqualTo("/v2/orders")));
        server.verify(4, getRequestedFor(urlPathEqualTo(BY_ID)));
    }

    @Test
    void aDuplicateIdAnswerFindsTheOrderThatLanded() {
        server.stubFor(lookup().inScenario("dup")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy()
                .inScenario("dup")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(422, AlpacaFixtures.DUPLICATE))
                .willSetStateTo("taken"));
        server.stubFor(lookup().inScenario("dup").whenScenarioStateIs("taken").willReturn(okJson(acceptedBuy())));

        BrokerOrder order = alpaca.submit(BUY);

        assertThat(order.status()).isEqualTo(BrokerOrder.Status.ACCEPTED);
        assertThat(order.order()).isEqualTo(BUY);
        server.verify(1, postRequestedFor(urlPathEqualTo("/v2/orders")));
    }

    @Test
    void aDuplicateIdAnswerWithNoOrderToFindIsMalformed() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy().willReturn(json(422, AlpacaFixtures.DUPLICATE)));

        assertThatThrownBy(() -> alpaca.submit(BUY))
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.MALFORMED))
                .hasMessageContaining("calls the client order id taken but cannot find the order");
    }

    @Test
    void aServerErrorAfterTheOrderLandedIsNotResent() {
        server.stubFor(lookup().inScenario("landed")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy()
                .inScenario("landed")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(503, "{\"message\":\"upstream timeout\"}"))
                .willSetStateTo("landed"));
        server.stubFor(
                lookup().inScenario("landed").whenScenarioStateIs("landed").willReturn(okJson(acceptedBuy())));

        assertThat(alpaca.submit(BUY).status()).isEqualTo(BrokerOrder.Status.ACCEPTED);
        server.verify(1, postRequestedFor(urlPathEqualTo("/v2/orders")));
    }

    @Test
    void aLostOrderIsSentAgainAfterALookupFindsNothing() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(postBuy()
                .inScenario("reset")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("fine"));
        server.stubFor(postBuy().inScenario("reset").whenScenarioStateIs("fine").willReturn(okJson(acceptedBuy())));

        assertThat(alpaca.submit(BUY).status()).isEqualTo(BrokerOrder.Status.ACCEPTED);
        // lookup, POST (reset), lookup (nothing), POST (accepted)
        server.verify(2, postRequestedFor(urlPathEqualTo("/v2/orders")));
        server.verify(2, getRequestedFor(urlPathEqualTo(BY_ID)));
    }

    @Test
    void aReadWithNoAnswerIsUnavailableAfterEveryTry() {
        server.stubFor(
                get(urlPathEqualTo("/v2/account")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> alpaca.account())
                .isInstanceOfSatisfying(
                        AlpacaException.class,
                        e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.UNAVAILABLE))
                .hasMessageStartingWith("alpaca /v2/account: no answer after 3 attempts: ");
        // the JDK client itself may resend an idempotent GET after a reset (6 requests on Java 17)
        server.verify(moreThanOrExactly(3), getRequestedFor(urlPathEqualTo("/v2/account")));
    }

    @Test
    void aMissingResourceIsRefused() {
        server.stubFor(get(urlPathEqualTo("/v2/clock")).willReturn(json(404, "{\"message\":\"not found\"}")));

        assertThatThrownBy(() -> alpaca.clock())
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.REFUSED))
                .hasMessage("alpaca /v2/clock answered HTTP 404");
    }

    @Test
    void closedOutPositionsAreLeftOutAndABadSymbolIsMalformed() {
        server.stubFor(get(urlPathEqualTo("/v2/positions"))
                .willReturn(okJson("[{\"symbol\":\"SPY\",\"qty\":\"0\"},{\"symbol\":\"BRK.B\",\"qty\":\"2\"}]")));

        assertThat(alpaca.positions()).containsOnlyKeys(new Ticker("BRK/B"));

        server.stubFor(
                get(urlPathEqualTo("/v2/positions")).willReturn(okJson("[{\"symbol\":\"spy etf\",\"qty\":\"1\"}]")));
        assertThatThrownBy(() -> alpaca.positions())
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.MALFORMED))
                .hasMessage("alpaca positions: not a ticker: spy etf");
    }

    @Test
    void aCalendarThatIsNotAListOrHasABadSessionIsMalformed() {
        server.stubFor(get(urlPathEqualTo("/v2/calendar")).willReturn(okJson("{\"date\":\"2024-11-27\"}")));
        assertThatThrownBy(() -> alpaca.calendar(LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 27)))
                .hasMessage("alpaca calendar: not an array");

        server.stubFor(get(urlPathEqualTo("/v2/calendar"))
                .willReturn(okJson("[{\"date\":\"2024-11-27\",\"open\":\"9h30\",\"close\":\"16:00\"}]")));
        assertThatThrownBy(() -> alpaca.calendar(LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 27)))
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.MALFORMED))
                .hasMessageStartingWith("alpaca calendar: bad session ");
    }

    @Test
    void aFilledOrderWithNothingFilledIsMalformed() {
        server.stubFor(lookup().willReturn(okJson(order("buy", "null", "500", "filled", "0", "null"))));

        assertThatThrownBy(() -> alpaca.find(ID))
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.MALFORMED))
                .hasMessageContaining("filled with no filled_qty");
    }

    @Test
    void anUnknownOrderOnAnUnknownSideIsMalformed() {
        server.stubFor(lookup().willReturn(okJson(order("short", "1", "null", "new", "0", "null"))));

        assertThatThrownBy(() -> alpaca.find(ID))
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.MALFORMED))
                .hasMessageEndingWith(": unknown side short");
    }

    @Test
    void aForbiddenOrderNamingInsufficientSharesIsARejectionNotAnAuthFailure() {
        server.stubFor(lookup().willReturn(json(404, AlpacaFixtures.NOT_FOUND)));
        server.stubFor(post(urlPathEqualTo("/v2/orders"))
                .willReturn(json(403, "{\"code\":40310099,\"message\":\"insufficient qty available for order\"}")));

        BrokerOrder order = alpaca.submit(SELL);

        assertThat(order.status()).isEqualTo(BrokerOrder.Status.REJECTED);
        assertThat(order.rejection()).contains("insufficient-quantity: insufficient qty available for order");
    }

    @Test
    void refusalsGetAKebabCaseCode() {
        assertThat(AlpacaTradingClient.rejectionCode("potential Wash Trade detected"))
                .isEqualTo("wash-trade");
        assertThat(AlpacaTradingClient.rejectionCode("insufficient buying power"))
                .isEqualTo("insufficient-buying-power");
        assertThat(AlpacaTradingClient.rejectionCode("insufficient quantity")).isEqualTo("insufficient-quantity");
        assertThat(AlpacaTradingClient.rejectionCode("asset is not tradable")).isEqualTo("order-refused");
    }

    @Test
    void shareClassesUseAlpacasDotAndCryptoPairsKeepTheirSlash() {
        assertThat(AlpacaTradingClient.symbol(new Ticker("BRK/B"))).isEqualTo("BRK.B");
        assertThat(AlpacaTradingClient.symbol(new Ticker("BTC/USD"))).isEqualTo("BTC/USD");
        assertThat(AlpacaTradingClient.symbol(AAPL)).isEqualTo("AAPL");
    }
}
