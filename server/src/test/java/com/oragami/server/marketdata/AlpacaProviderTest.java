package com.oragami.server.marketdata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.oragami.engine.symphony.Ticker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alpaca Market Data v2 against WireMock, fed the documented answers. */
class AlpacaProviderTest {

    private static final String BARS = "/v2/stocks/SPY/bars";
    private static final Ticker SPY = new Ticker("SPY");
    private static final LocalDate FROM = LocalDate.of(2024, 1, 2);

    // Documented shape: {"bars":[{"t","o","h","l","c","v","n","vw"}],"symbol","next_page_token"}.
    private static final String PAGE_ONE = """
            {"bars":[
              {"t":"2024-01-02T05:00:00Z","o":472.16,"h":473.67,"l":470.49,"c":472.65,"v":123623695,"n":1009284,"vw":472.2},
              {"t":"2024-01-03T05:00:00Z","o":470.43,"h":471.19,"l":468.17,"c":468.79,"v":103585866,"n":848472,"vw":469.5}
             ],
             "symbol":"SPY","next_page_token":"U1BZfDIwMjQtMDEtMDM="}
            """;
    private static final String PAGE_TWO = """
            {"bars":[
              {"t":"2024-01-04T05:00:00Z","o":468.3,"h":470.96,"l":467.05,"c":467.28,"v":84232171,"n":712345,"vw":468.9}
             ],
             "symbol":"SPY","next_page_token":null}
            """;

    private static WireMockServer server;
    private AlpacaProvider alpaca;

    @BeforeAll
    static void startServer() {
        server = Vendors.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void setUp() {
        server.resetAll();
        alpaca = new AlpacaProvider(Vendors.vendor(server, "key-id", "secret-key"), Vendors.HTTP);
    }

    @AfterEach
    void strict() {
        Vendors.assertNoUnexpectedRequests(server);
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder bars() {
        return get(urlPathEqualTo(BARS))
                .withHeader("APCA-API-KEY-ID", equalTo("key-id"))
                .withHeader("APCA-API-SECRET-KEY", equalTo("secret-key"))
                .withQueryParam("timeframe", equalTo("1Day"))
                .withQueryParam("adjustment", equalTo("all"))
                .withQueryParam("start", equalTo("2024-01-02"));
    }

    @Test
    void followsPagesAndReadsAdjustedBarsOnNewYorkDates() {
        server.stubFor(bars().withQueryParam("page_token", absent()).willReturn(okJson(PAGE_ONE)));
        server.stubFor(bars().withQueryParam("page_token", equalTo("U1BZfDIwMjQtMDEtMDM="))
                .willReturn(okJson(PAGE_TWO)));
        List<LocalDate> reached = new ArrayList<>();

        List<Bar> bars = alpaca.daily(SPY, FROM, reached::add);

        assertThat(bars)
                .extracting(Bar::day)
                .containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4));
        Bar first = bars.get(0);
        assertThat(first.adjClose()).isEqualTo(472.65);
        assertThat(first.close()).isEqualTo(472.65);
        assertThat(first.open()).isEqualTo(472.16);
        assertThat(first.volume()).isEqualTo(123_623_695L);
        assertThat(first.splitRatio()).isEqualTo(1.0);
        assertThat(reached).containsExactly(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4));
    }

    @Test
    void retriesAfterRateLimitThenSucceeds() {
        server.stubFor(bars().inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "0")
                        .withBody("{\"message\":\"too many requests.\"}"))
                .willSetStateTo("open"));
        server.stubFor(bars().inScenario("limit").whenScenarioStateIs("open").willReturn(okJson(PAGE_TWO)));

        List<Bar> bars = alpaca.daily(SPY, FROM, day -> {});

        assertThat(bars).hasSize(1);
        server.verify(2, getRequestedFor(urlPathEqualTo(BARS)));
    }

    @Test
    void givesUpAfterServerErrorsOnEveryTry() {
        server.stubFor(bars().willReturn(aResponse().withStatus(503).withBody("upstream unavailable")));

        assertThatThrownBy(() -> alpaca.daily(SPY, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNAVAILABLE))
                .hasMessageContaining("HTTP 503 after 3 attempts");
        server.verify(3, getRequestedFor(urlPathEqualTo(BARS)));
    }

    @Test
    void reportsRateLimitWhenEveryTryIsRefused() {
        server.stubFor(bars().willReturn(aResponse().withStatus(429)));

        assertThatThrownBy(() -> alpaca.daily(SPY, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.RATE_LIMITED));
        server.verify(3, getRequestedFor(urlPathEqualTo(BARS)));
    }

    @Test
    void retriesABrokenConnection() {
        server.stubFor(bars().inScenario("reset")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("fine"));
        server.stubFor(bars().inScenario("reset").whenScenarioStateIs("fine").willReturn(okJson(PAGE_TWO)));

        assertThat(alpaca.daily(SPY, FROM, day -> {})).hasSize(1);
    }

    @Test
    void failsWholeWhenALaterPageFails() {
        server.stubFor(bars().withQueryParam("page_token", absent()).willReturn(okJson(PAGE_ONE)));
        server.stubFor(bars().withQueryParam("page_token", equalTo("U1BZfDIwMjQtMDEtMDM="))
                .willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> alpaca.daily(SPY, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNAVAILABLE));
    }

    @Test
    void rejectsMalformedJson() {
        server.stubFor(bars().willReturn(okJson("{\"bars\": [{\"t\": 2024-01-02}]}")));

        assertThatThrownBy(() -> alpaca.daily(SPY, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.MALFORMED))
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void rejectsTruncatedBody() {
        server.stubFor(bars().willReturn(okJson(PAGE_ONE.substring(0, PAGE_ONE.indexOf("\"c\":468.79")))));

        assertThatThrownBy(() -> alpaca.daily(SPY, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.MALFORMED));
    }

    @Test
    void rejectsABarWithoutClose() {
        server.stubFor(bars().willReturn(okJson("""
                {"bars":[{"t":"2024-01-02T05:00:00Z","o":472.16,"h":473.67,"l":470.49,"v":123623695}],
                 "symbol":"SPY","next_page_token":null}
                """)));

        assertThatThrownBy(() -> alpaca.daily(SPY, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.MALFORMED))
                .hasMessageContaining("missing 'c'");
    }

    @Test
    void rejectsAHighBelowTheLow() {
        server.stubFor(bars().willReturn(okJson("""
                {"bars":[{"t":"2024-01-02T05:00:00Z","o":472.16,"h":460.0,"l":470.49,"c":472.65,"v":1}],
                 "symbol":"SPY","next_page_token":null}
                """)));

        assertThatThrownBy(() -> alpaca.daily(SPY, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.MALFORMED))
                .hasMessageContaining("below low");
    }

    @Test
    void reportsAnEmptyAnswerAsEmpty() {
        server.stubFor(bars().willReturn(okJson("{\"bars\":null,\"symbol\":\"SPY\",\"next_page_token\":null}")));

        assertThatThrownBy(() -> alpaca.daily(SPY, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.EMPTY));
    }

    @Test
    void refusesBarsOfAnotherTicker() {
        server.stubFor(bars().willReturn(okJson(PAGE_TWO.replace("\"SPY\"", "\"QQQ\""))));

        assertThatThrownBy(() -> alpaca.daily(SPY, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNKNOWN_TICKER))
                .hasMessageContaining("QQQ");
    }

    @Test
    void doesNotRetryAForbiddenAnswer() {
        server.stubFor(bars().willReturn(aResponse().withStatus(403).withBody("{\"message\":\"forbidden.\"}")));

        assertThatThrownBy(() -> alpaca.daily(SPY, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNAUTHORIZED));
        server.verify(1, getRequestedFor(urlPathEqualTo(BARS)));
    }

    @Test
    void spellsShareClassesWithADot() {
        server.stubFor(get(urlPathEqualTo("/v2/stocks/BRK.B/bars"))
                .willReturn(okJson(PAGE_TWO.replace("\"SPY\"", "\"BRK.B\""))));

        assertThat(alpaca.daily(new Ticker("BRK/B"), FROM, day -> {})).hasSize(1);
    }

    @Test
    void readsTheLatestTrade() {
        server.stubFor(get(urlPathEqualTo("/v2/stocks/SPY/trades/latest"))
                .withQueryParam("feed", equalTo("iex"))
                .willReturn(okJson("""
                        {"symbol":"SPY","trade":{"t":"2024-01-04T20:49:58.123456789Z","x":"V","p":467.31,"s":100,
                         "c":["@"],"i":52983525029461,"z":"B"}}
                        """)));

        LatestTrade trade = alpaca.latest(SPY);

        assertThat(trade.price()).isEqualTo(467.31);
        assertThat(trade.at()).isEqualTo(Instant.parse("2024-01-04T20:49:58.123456789Z"));
    }

    @Test
    void refusesATradeOfAnotherTicker() {
        server.stubFor(get(urlPathEqualTo("/v2/stocks/SPY/trades/latest"))
                .willReturn(okJson("{\"symbol\":\"QQQ\",\"trade\":{\"t\":\"2024-01-04T20:49:58Z\",\"p\":400.1}}")));

        assertThatThrownBy(() -> alpaca.latest(SPY))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNKNOWN_TICKER));
    }
}
