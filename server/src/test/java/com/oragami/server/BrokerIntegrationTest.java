package com.oragami.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.Broker;
import com.oragami.engine.trading.BrokerOrder;
import com.oragami.engine.trading.ClientOrderId;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Order;
import com.oragami.engine.trading.Price;
import com.oragami.engine.trading.Quantity;
import com.oragami.server.broker.BrokerConnection;
import com.oragami.server.broker.BrokerConnectionId;
import com.oragami.server.broker.BrokerException;
import com.oragami.server.broker.BrokerNeedsReconnect;
import com.oragami.server.broker.Brokers;
import com.oragami.server.broker.alpaca.AlpacaFixtures;
import com.oragami.server.platform.UserId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Brokers through GraphQL, the OAuth callback and the feature's API, with Alpaca played by a strict
 * WireMock fed Alpaca's documented answers (its own application context: Alpaca's URLs point at
 * WireMock).
 */
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class BrokerIntegrationTest extends IntegrationTest {

    private static final WireMockServer ALPACA = AlpacaFixtures.start();
    private static final String CLIENT_SECRET = "oauth-client-secret-never-logged";
    private static final String KEY_ID = "PKTESTKEYID0001";
    private static final String SECRET = "paper-secret-key-never-logged-0001";
    private static final String ACCESS_TOKEN = "alpaca-access-token-never-logged-0001";

    private static final String CONNECTION =
            "connection { id kind label status connectedAt } problems { code message }";
    private static final String LIST = "{ brokerConnections { id kind label status } }";
    private static final String ONE = "query($id: ID!) { brokerConnection(id: $id) { id status } }";
    private static final String SIMULATED =
            "mutation($cash: String) { connectSimulatedBroker(input: {startingCash: $cash}) { " + CONNECTION + " } }";
    private static final String KEYS = "mutation($key: String!, $secret: String!) {"
            + " connectAlpacaWithKeys(input: {keyId: $key, secretKey: $secret}) { " + CONNECTION + " } }";
    private static final String START = "mutation { startAlpacaOAuth { authorizeUrl problems { code } } }";
    private static final String COMPLETE = "mutation($code: String!, $state: String!) {"
            + " completeAlpacaOAuth(input: {code: $code, state: $state}) { " + CONNECTION + " } }";
    private static final String DISCONNECT =
            "mutation($id: ID!) { disconnectBroker(input: {id: $id}) { " + CONNECTION + " } }";

    @DynamicPropertySource
    static void alpaca(DynamicPropertyRegistry registry) {
        registry.add("oragami.broker.alpaca.trading-url", ALPACA::baseUrl);
        registry.add("oragami.broker.alpaca.oauth-token-url", () -> ALPACA.baseUrl() + "/oauth/token");
        registry.add("oragami.broker.alpaca.oauth-client-id", () -> "our-client-id");
        registry.add("oragami.broker.alpaca.oauth-client-secret", () -> CLIENT_SECRET);
        registry.add("oragami.broker.alpaca.oauth-redirect-uri", () -> "http://localhost:8080/oauth/alpaca/callback");
        registry.add("oragami.broker.alpaca.attempts", () -> "2");
        registry.add("oragami.broker.alpaca.backoff", () -> "1ms");
        registry.add("oragami.broker.alpaca.max-backoff", () -> "2ms");
        registry.add("logging.level.com.oragami.server.broker", () -> "DEBUG");
    }

    @Autowired
    Brokers brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void resetAlpaca() {
        ALPACA.resetAll();
    }

    @AfterEach
    void strict() {
        AlpacaFixtures.assertNoUnexpectedRequests(ALPACA);
    }

    private void stubAccountForKeys() {
        ALPACA.stubFor(get(urlPathEqualTo("/v2/account"))
                .withHeader("APCA-API-KEY-ID", equalTo(KEY_ID))
                .withHeader("APCA-API-SECRET-KEY", equalTo(SECRET))
                .willReturn(okJson(AlpacaFixtures.ACCOUNT)));
    }

    private JsonNode connectKeys(Api.User user) {
        return api.query(KEYS, Map.of("key", KEY_ID, "secret", SECRET), user).data("connectAlpacaWithKeys");
    }

    private static UserId id(Api.User user) {
        return UserId.parse(user.id());
    }

    private static BrokerConnectionId connectionId(JsonNode payload) {
        return BrokerConnectionId.parse(payload.path("connection").path("id").asString())
                .orElseThrow();
    }

    private byte[] credentials(BrokerConnectionId id) {
        return jdbc.sql("SELECT coalesce(credentials, ''::bytea) FROM broker_connection WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        UriComponentsBuilder.fromUriString(url)
                .build()
                .getQueryParams()
                .forEach((k, v) -> params.put(k, java.net.URLDecoder.decode(v.get(0), StandardCharsets.UTF_8)));
        return params;
    }

    private String startOAuth(Api.User user) {
        String url = api.query(START, Map.of(), user)
                .data("startAlpacaOAuth")
                .path("authorizeUrl")
                .asString();
        return query(url).get("state");
    }

    private void stubTokenExchange(String code) {
        ALPACA.stubFor(post(urlPathEqualTo("/oauth/token"))
                .withHeader(
                        "Content-Type",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("application/x-www-form-urlencoded"))
                .withFormParam("grant_type", equalTo("authorization_code"))
                .withFormParam("code", equalTo(code))
                .withFormParam("client_id", equalTo("our-client-id"))
                .withFormParam("client_secret", equalTo(CLIENT_SECRET))
                .withFormParam("redirect_uri", equalTo("http://localhost:8080/oauth/alpaca/callback"))
                .willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN
                        + "\",\"token_type\":\"bearer\",\"scope\":\"account:write trading\"}")));
        ALPACA.stubFor(get(urlPathEqualTo("/v2/account"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .willReturn(okJson(AlpacaFixtures.ACCOUNT)));
    }

    // --- simulated broker ------------------------------------------------------------------------

    @Test
    void connectsASimulatedBrokerAndListsIt() {
        Api.User user = api.register();

        JsonNode payload = api.query(SIMULATED, Map.of("cash", "25000"), user).data("connectSimulatedBroker");

        assertThat(payload.path("problems").size()).isZero();
        assertThat(payload.path("connection").path("kind").asString()).isEqualTo("simulated");
        assertThat(payload.path("connection").path("status").asString()).isEqualTo("CONNECTED");
        JsonNode list = api.query(LIST, Map.of(), user).data("brokerConnections");
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.path(0).path("label").asString()).isEqualTo("Simulated paper");
        assertThat(brokers.broker(connectionId(payload)).cash()).isEqualTo(Money.of("25000"));
    }

    @Test
    void refusesStartingCashThatIsNotPositiveOrNotDollars() {
        Api.User user = api.register();

        JsonNode zero = api.query(SIMULATED, Map.of("cash", "0"), user).data("connectSimulatedBroker");
        JsonNode words = api.query(SIMULATED, Map.of("cash", "lots"), user).data("connectSimulatedBroker");

        assertThat(zero.path("problems").path(0).path("code").asString()).isEqualTo("starting-cash-not-positive");
        assertThat(words.path("problems").path(0).path("code").asString()).isEqualTo("starting-cash-invalid");
        assertThat(api.query(LIST, Map.of(), user).data("brokerConnections").size())
                .isZero();
    }

    @Test
    void simulatedBrokerFillsWithSlippageOnceAndKeepsItInTheDatabase() {
        UserId owner = id(api.register());
        BrokerConnectionId id =
                brokers.connectSimulated(owner, Money.of("10000")).id();
        Broker broker = brokers.broker(id);
        Ticker spy = new Ticker("SPY");
        Order buy = Order.buy(new ClientOrderId("run-1-buy-spy"), spy, Money.of("1000"), Price.of("500"));

        BrokerOrder first = broker.submit(buy);
        BrokerOrder again = brokers.broker(id).submit(buy);

        // 5 bp: fill at 500 × 1.0005 = 500.25; ⌊1000 / 500.25⌋ to 9 decimals = 1.999000499 shares;
        // cash 1.999000499 × 500.25 = 999.99999962475 → $1000.000000 half-even; 10000 − 1000 = 9000
        assertThat(first.status()).isEqualTo(BrokerOrder.Status.FILLED);
        assertThat(first.fill().orElseThrow().quantity()).isEqualTo(Quantity.of("1.999000499"));
        assertThat(first.fill().orElseThrow().averagePrice()).isEqualTo(Price.of("500.25"));
        assertThat(again).isEqualTo(first);
        assertThat(broker.cash()).isEqualTo(Money.of("9000"));
        assertThat(broker.positions()).containsExactly(Map.entry(spy, Quantity.of("1.999000499")));
        assertThat(broker.find(buy.clientOrderId())).contains(first);
        assertThat(jdbc.sql("SELECT count(*) FROM broker_sim_order WHERE connection_id = :id")
                        .param("id", id.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void simulatedBrokerSellsAtTheCallersPriceAndRejectsWhatItCannotFill() {
        UserId owner = id(api.register());
        BrokerConnectionId id =
                brokers.connectSimulated(owner, Money.of("10000")).id();
        Ticker spy = new Ticker("SPY");
        brokers.broker(id).submit(Order.buy(new ClientOrderId("b"), spy, Money.of("1000"), Price.of("500")));
        Broker live = brokers.brokerAt(id, t -> t.equals(spy) ? Optional.of(Price.of("510")) : Optional.empty());

        BrokerOrder sold = live.submit(Order.sell(new ClientOrderId("s"), spy, Quantity.of("1"), Price.of("500")));
        BrokerOrder tooMuch = live.submit(Order.sell(new ClientOrderId("s2"), spy, Quantity.of("5"), Price.of("500")));
        BrokerOrder noPrice =
                live.submit(Order.buy(new ClientOrderId("q"), new Ticker("QQQ"), Money.of("10"), Price.of("400")));
        BrokerOrder overspend = live.submit(Order.buy(new ClientOrderId("o"), spy, Money.of("20000"), Price.of("500")));

        // sell 1 share at 510 × (1 − 0.0005) = 509.745: cash 9000 + 509.745 = 9509.745
        assertThat(sold.fill().orElseThrow().averagePrice()).isEqualTo(Price.of("509.745"));
        assertThat(live.cash()).isEqualTo(Money.of("9509.745"));
        // 1.999000499 − 1 = 0.999000499 shares left
        assertThat(live.positions()).containsExactly(Map.entry(spy, Quantity.of("0.999000499")));
        assertThat(tooMuch.status()).isEqualTo(BrokerOrder.Status.REJECTED);
        assertThat(noPrice.status()).isEqualTo(BrokerOrder.Status.REJECTED);
        assertThat(overspend.status()).isEqualTo(BrokerOrder.Status.REJECTED);
        assertThat(live.find(new ClientOrderId("s2"))).contains(tooMuch);
    }

    @Test
    void simulatedCalendarIsTheNyse() {
        BrokerConnectionId id =
                brokers.connectSimulated(id(api.register()), Money.of("1000")).id();

        assertThat(brokers.calendar(id, LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 29)))
                .isEqualTo(NyseCalendar.standard().sessions(LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 29)));
    }

    // --- Alpaca paper keys -----------------------------------------------------------------------

    @Test
    void connectsAlpacaPaperKeysCheckedAgainstTheAccountAndStoresThemEncrypted() {
        Api.User user = api.register();
        stubAccountForKeys();

        JsonNode payload = connectKeys(user);

        assertThat(payload.path("problems").size()).as(payload.toString()).isZero();
        assertThat(payload.path("connection").path("kind").asString()).isEqualTo("alpaca-keys");
        assertThat(payload.path("connection").path("label").asString()).isEqualTo("Alpaca paper PA3ABCDEFG");
        BrokerConnectionId id = connectionId(payload);
        String stored = new String(credentials(id), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(SECRET).doesNotContain(KEY_ID);
        // the stored keys open again: positions go out with them (WireMock matches the headers)
        ALPACA.stubFor(get(urlPathEqualTo("/v2/positions"))
                .withHeader("APCA-API-KEY-ID", equalTo(KEY_ID))
                .withHeader("APCA-API-SECRET-KEY", equalTo(SECRET))
                .willReturn(okJson(AlpacaFixtures.POSITIONS)));
        assertThat(brokers.broker(id).positions()).containsKey(new Ticker("AAPL"));
    }

    @Test
    void refusedKeysAreAProblemAndNothingIsStored() {
        Api.User user = api.register();
        ALPACA.stubFor(get(urlPathEqualTo("/v2/account"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"unauthorized.\"}")));

        JsonNode payload = connectKeys(user);

        assertThat(payload.path("connection").isNull()).isTrue();
        assertThat(payload.path("problems").path(0).path("code").asString()).isEqualTo("alpaca-keys-rejected");
        assertThat(api.query(LIST, Map.of(), user).data("brokerConnections").size())
                .isZero();
    }

    @Test
    void anExpiredTokenMarksTheConnectionAndTellsTheOwnerOnce() {
        Api.User user = api.register();
        stubAccountForKeys();
        BrokerConnectionId id = connectionId(connectKeys(user));
        ALPACA.resetAll();
        ALPACA.stubFor(get(urlPathEqualTo("/v2/account"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody(AlpacaFixtures.UNAUTHORIZED)));
        Broker broker = brokers.broker(id);

        assertThatThrownBy(broker::cash)
                .isInstanceOfSatisfying(
                        BrokerException.class,
                        e -> assertThat(e.reason()).isEqualTo(BrokerException.Reason.NEEDS_RECONNECT));
        assertThatThrownBy(broker::cash).isInstanceOf(BrokerException.class);

        assertThat(api.query(ONE, Map.of("id", id.toString()), user)
                        .data("brokerConnection")
                        .path("status")
                        .asString())
                .isEqualTo("NEEDS_RECONNECT");
        List<BrokerNeedsReconnect> told =
                events.stream(BrokerNeedsReconnect.class).toList();
        assertThat(told).hasSize(1);
        assertThat(told.get(0).connection()).isEqualTo(id);
        assertThat(told.get(0).owner()).isEqualTo(id(user));
        assertThatThrownBy(() -> brokers.broker(id))
                .isInstanceOfSatisfying(
                        BrokerException.class,
                        e -> assertThat(e.reason()).isEqualTo(BrokerException.Reason.NEEDS_RECONNECT));
        ALPACA.verify(2, getRequestedFor(urlPathEqualTo("/v2/account")));
    }

    @Test
    void reconnectingTheSameAccountKeepsTheConnection() {
        Api.User user = api.register();
        stubAccountForKeys();
        BrokerConnectionId id = connectionId(connectKeys(user));
        jdbc.sql("UPDATE broker_connection SET status = 'NEEDS_RECONNECT' WHERE id = :id")
                .param("id", id.value())
                .update();

        JsonNode again = connectKeys(user);

        assertThat(connectionId(again)).isEqualTo(id);
        assertThat(again.path("connection").path("status").asString()).isEqualTo("CONNECTED");
        assertThat(api.query(LIST, Map.of(), user).data("brokerConnections").size())
                .isEqualTo(1);
    }

    @Test
    void alpacaCalendarComesFromAlpaca() {
        Api.User user = api.register();
        stubAccountForKeys();
        BrokerConnectionId id = connectionId(connectKeys(user));
        ALPACA.stubFor(get(urlPathEqualTo("/v2/calendar"))
                .withQueryParam("start", equalTo("2024-11-27"))
                .withQueryParam("end", equalTo("2024-11-29"))
                .willReturn(okJson(AlpacaFixtures.CALENDAR)));

        assertThat(brokers.calendar(id, LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 29)))
                .extracting(s -> s.earlyClose())
                .containsExactly(false, true);
    }

    // --- OAuth -----------------------------------------------------------------------------------

    @Test
    void oauthAuthorizeUrlAsksForPaperTradingWithASingleUseState() {
        Api.User user = api.register();

        String url = api.query(START, Map.of(), user)
                .data("startAlpacaOAuth")
                .path("authorizeUrl")
                .asString();

        assertThat(url).startsWith("https://app.alpaca.markets/oauth/authorize?");
        Map<String, String> params = query(url);
        assertThat(params)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", "our-client-id")
                .containsEntry("redirect_uri", "http://localhost:8080/oauth/alpaca/callback")
                .containsEntry("scope", "account:write trading")
                .containsEntry("env", "paper");
        assertThat(params.get("state")).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void oauthCompletesOnceAndRefusesTheStateAgain() {
        Api.User user = api.register();
        String state = startOAuth(user);
        stubTokenExchange("auth-code-1");

        JsonNode done = api.query(COMPLETE, Map.of("code", "auth-code-1", "state", state), user)
                .data("completeAlpacaOAuth");
        JsonNode reused = api.query(COMPLETE, Map.of("code", "auth-code-1", "state", state), user)
                .data("completeAlpacaOAuth");

        assertThat(done.path("problems").size()).as(done.toString()).isZero();
        assertThat(done.path("connection").path("kind").asString()).isEqualTo("alpaca-oauth");
        assertThat(reused.path("connection").isNull()).isTrue();
        assertThat(reused.path("problems").path(0).path("code").asString()).isEqualTo("oauth-state-invalid");
        String stored = new String(credentials(connectionId(done)), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(ACCESS_TOKEN);
        ALPACA.verify(
                1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    @Test
    void oauthCallbackCompletesAndRedirectsToTheWebApp() throws Exception {
        Api.User user = api.register();
        String state = startOAuth(user);
        stubTokenExchange("auth-code-2");

        HttpResponse<String> first = callback("code=auth-code-2&state=" + state);
        HttpResponse<String> reused = callback("code=auth-code-2&state=" + state);
        HttpResponse<String> declined = callback("error=access_denied&state=" + state);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).contains("/settings/brokers?broker=connected");
        assertThat(reused.headers().firstValue("Location"))
                .contains("/settings/brokers?broker=error&problem=oauth-state-invalid");
        assertThat(declined.headers().firstValue("Location"))
                .contains("/settings/brokers?broker=error&problem=oauth-declined");
        JsonNode list = api.query(LIST, Map.of(), user).data("brokerConnections");
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.path(0).path("kind").asString()).isEqualTo("alpaca-oauth");
    }

    private HttpResponse<String> callback(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/oauth/alpaca/callback?" + query))
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    // --- two users -------------------------------------------------------------------------------

    @Test
    void nobodySeesOrTouchesAnotherUsersConnections() {
        Api.User alice = api.register();
        Api.User bob = api.register();
        JsonNode payload = api.query(SIMULATED, Map.of("cash", "5000"), alice).data("connectSimulatedBroker");
        String id = payload.path("connection").path("id").asString();

        assertThat(api.query(LIST, Map.of(), bob).data("brokerConnections").size())
                .isZero();
        assertThat(api.query(ONE, Map.of("id", id), bob)
                        .data("brokerConnection")
                        .isNull())
                .isTrue();
        JsonNode refused = api.query(DISCONNECT, Map.of("id", id), bob).data("disconnectBroker");
        assertThat(refused.path("problems").path(0).path("code").asString()).isEqualTo("broker-connection-not-found");
        assertThat(brokers.connection(id(bob), connectionId(payload))).isEmpty();
        assertThat(api.query(ONE, Map.of("id", id), alice)
                        .data("brokerConnection")
                        .path("status")
                        .asString())
                .isEqualTo("CONNECTED");
    }

    @Test
    void aStateWorksOnlyForTheUserWhoStartedIt() {
        Api.User alice = api.register();
        Api.User bob = api.register();
        String state = startOAuth(alice);

        JsonNode stolen = api.query(COMPLETE, Map.of("code", "auth-code-3", "state", state), bob)
                .data("completeAlpacaOAuth");

        assertThat(stolen.path("problems").path(0).path("code").asString()).isEqualTo("oauth-state-invalid");
        assertThat(api.query(LIST, Map.of(), bob).data("brokerConnections").size())
                .isZero();
    }

    @Test
    void anonymousCallersAreRefused() {
        Api.Response response = api.query(LIST, Map.of(), (String) null);

        assertThat(response.firstError()
                        .path("extensions")
                        .path("classification")
                        .asString())
                .isEqualTo("UNAUTHORIZED");
    }

    // --- disconnect ------------------------------------------------------------------------------

    @Test
    void disconnectingForgetsTheCredentialsAndTheBroker() {
        Api.User user = api.register();
        stubAccountForKeys();
        BrokerConnectionId id = connectionId(connectKeys(user));

        JsonNode payload =
                api.query(DISCONNECT, Map.of("id", id.toString()), user).data("disconnectBroker");

        assertThat(payload.path("connection").path("status").asString()).isEqualTo("DISCONNECTED");
        assertThat(credentials(id)).isEmpty();
        assertThat(api.query(LIST, Map.of(), user).data("brokerConnections").size())
                .isZero();
        assertThatThrownBy(() -> brokers.broker(id))
                .isInstanceOfSatisfying(
                        BrokerException.class,
                        e -> assertThat(e.reason()).isEqualTo(BrokerException.Reason.NOT_CONNECTED));
    }

    // --- secrets ---------------------------------------------------------------------------------

    @Test
    void secretsNeverReachTheLogs(CapturedOutput output) {
        Api.User user = api.register();
        stubAccountForKeys();
        BrokerConnectionId keys = connectionId(connectKeys(user));
        String state = startOAuth(user);
        stubTokenExchange("auth-code-4");
        api.query(COMPLETE, Map.of("code", "auth-code-4", "state", state), user);
        ALPACA.resetAll();
        ALPACA.stubFor(get(urlPathEqualTo("/v2/account")).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> brokers.broker(keys).cash()).isInstanceOf(BrokerException.class);

        assertThat(output.getAll())
                .contains("needs reconnecting")
                .doesNotContain(SECRET)
                .doesNotContain(ACCESS_TOKEN)
                .doesNotContain(CLIENT_SECRET);
    }

    @Test
    void brokerConnectionRecordCarriesTheOwner() {
        UserId owner = id(api.register());

        BrokerConnection connection = brokers.connectSimulated(owner, Money.of("1"));

        assertThat(brokers.connections(owner)).containsExactly(connection);
        assertThat(connection.owner()).isEqualTo(owner);
    }
}
