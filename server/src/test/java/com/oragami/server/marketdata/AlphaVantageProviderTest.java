package com.oragami.server.marketdata;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.oragami.engine.symphony.Ticker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alpha Vantage against WireMock: numbers as strings, newest first, errors with HTTP 200. */
class AlphaVantageProviderTest {

    private static final Ticker IBM = new Ticker("IBM");

    // Documented TIME_SERIES_DAILY_ADJUSTED shape, newest first.
    private static final String SERIES = """
            {
              "Meta Data": {
                "1. Information": "Daily Time Series with Splits and Dividend Events",
                "2. Symbol": "IBM",
                "3. Last Refreshed": "2024-05-10",
                "4. Output Size": "Full size",
                "5. Time Zone": "US/Eastern"
              },
              "Time Series (Daily)": {
                "2024-05-10": {"1. open": "167.1300", "2. high": "168.0700", "3. low": "166.3200",
                  "4. close": "167.1500", "5. adjusted close": "167.1500", "6. volume": "2255213",
                  "7. dividend amount": "0.0000", "8. split coefficient": "1.0"},
                "2024-05-09": {"1. open": "167.5000", "2. high": "167.8600", "3. low": "165.8100",
                  "4. close": "166.2700", "5. adjusted close": "166.2700", "6. volume": "4266603",
                  "7. dividend amount": "1.6700", "8. split coefficient": "1.0"},
                "2024-05-08": {"1. open": "168.4700", "2. high": "170.3400", "3. low": "168.0600",
                  "4. close": "169.9000", "5. adjusted close": "168.2100", "6. volume": "3505312",
                  "7. dividend amount": "0.0000", "8. split coefficient": "1.0"}
              }
            }
            """;

    private static WireMockServer server;
    private AlphaVantageProvider alphaVantage;

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
        Clock clock = Clock.fixed(Instant.parse("2024-05-10T19:50:00Z"), ZoneOffset.UTC);
        alphaVantage = new AlphaVantageProvider(Vendors.vendor(server, "demo", ""), Vendors.HTTP, clock);
    }

    @AfterEach
    void strict() {
        Vendors.assertNoUnexpectedRequests(server);
    }

    private static MappingBuilder query(String function) {
        return get(urlPathEqualTo("/query"))
                .withQueryParam("function", equalTo(function))
                .withQueryParam("symbol", equalTo("IBM"))
                .withQueryParam("apikey", equalTo("demo"));
    }

    @Test
    void readsTheSeriesOldestFirstFromTheStartDate() {
        server.stubFor(query("TIME_SERIES_DAILY_ADJUSTED")
                .withQueryParam("outputsize", equalTo("full"))
                .willReturn(okJson(SERIES)));

        List<Bar> bars = alphaVantage.daily(IBM, LocalDate.of(2024, 5, 9), day -> {});

        assertThat(bars).extracting(Bar::day).containsExactly(LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 10));
        assertThat(bars.get(0).dividend()).isEqualTo(1.67);
        assertThat(bars.get(0).adjClose()).isEqualTo(166.27);
        assertThat(bars.get(1).volume()).isEqualTo(2_255_213L);
    }

    @Test
    void retriesAThrottlingNoteThenSucceeds() {
        server.stubFor(query("TIME_SERIES_DAILY_ADJUSTED")
                .inScenario("note")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"Note\": \"Thank you for using Alpha Vantage! Our standard API call frequency is"
                        + " 5 calls per minute and 500 calls per day.\"}"))
                .willSetStateTo("calm"));
        server.stubFor(query("TIME_SERIES_DAILY_ADJUSTED")
                .inScenario("note")
                .whenScenarioStateIs("calm")
                .willReturn(okJson(SERIES)));

        assertThat(alphaVantage.daily(IBM, LocalDate.of(2024, 1, 1), day -> {})).hasSize(3);
        server.verify(2, getRequestedFor(urlPathEqualTo("/query")));
    }

    @Test
    void reportsTheDailyLimitInformationAsRateLimitedWithoutRetrying() {
        server.stubFor(query("TIME_SERIES_DAILY_ADJUSTED")
                .willReturn(okJson(
                        "{\"Information\": \"We have detected your API key as demo and our standard API rate limit is 25"
                                + " requests per day.\"}")));

        assertThatThrownBy(() -> alphaVantage.daily(IBM, LocalDate.of(2024, 1, 1), day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.RATE_LIMITED))
                .hasMessageContaining("25 requests per day");
        server.verify(1, getRequestedFor(urlPathEqualTo("/query")));
    }

    @Test
    void reportsAnErrorMessageAsAnUnknownTicker() {
        server.stubFor(query("TIME_SERIES_DAILY_ADJUSTED")
                .willReturn(okJson("{\"Error Message\": \"Invalid API call. Please retry or visit the documentation for"
                        + " TIME_SERIES_DAILY_ADJUSTED.\"}")));

        assertThatThrownBy(() -> alphaVantage.daily(IBM, LocalDate.of(2024, 1, 1), day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNKNOWN_TICKER));
    }

    @Test
    void rejectsAPriceThatIsNotANumber() {
        server.stubFor(query("TIME_SERIES_DAILY_ADJUSTED")
                .willReturn(okJson(SERIES.replace("\"166.2700\", \"6. volume\"", "\"n/a\", \"6. volume\""))));

        assertThatThrownBy(() -> alphaVantage.daily(IBM, LocalDate.of(2024, 1, 1), day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.MALFORMED))
                .hasMessageContaining("2024-05-09")
                .hasMessageContaining("5. adjusted close");
    }

    @Test
    void refusesASeriesOfAnotherSymbol() {
        server.stubFor(query("TIME_SERIES_DAILY_ADJUSTED")
                .willReturn(okJson(SERIES.replace("\"2. Symbol\": \"IBM\"", "\"2. Symbol\": \"MSFT\""))));

        assertThatThrownBy(() -> alphaVantage.daily(IBM, LocalDate.of(2024, 1, 1), day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNKNOWN_TICKER));
    }

    @Test
    void reportsNoBarsAfterTheStartAsEmpty() {
        server.stubFor(query("TIME_SERIES_DAILY_ADJUSTED").willReturn(okJson(SERIES)));

        assertThatThrownBy(() -> alphaVantage.daily(IBM, LocalDate.of(2024, 6, 1), day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.EMPTY));
    }

    @Test
    void takesTodaysQuoteAsOfTheFetch() {
        server.stubFor(query("GLOBAL_QUOTE").willReturn(okJson("""
                {"Global Quote": {"01. symbol": "IBM", "02. open": "167.1300", "03. high": "168.0700",
                  "04. low": "166.3200", "05. price": "167.1500", "06. volume": "2255213",
                  "07. latest trading day": "2024-05-10", "08. previous close": "166.2700",
                  "09. change": "0.8800", "10. change percent": "0.5293%"}}
                """)));

        LatestTrade trade = alphaVantage.latest(IBM);

        assertThat(trade.price()).isEqualTo(167.15);
        assertThat(trade.at()).isEqualTo(Instant.parse("2024-05-10T19:50:00Z"));
    }

    @Test
    void reportsAnEmptyQuoteAsAnUnknownTicker() {
        server.stubFor(query("GLOBAL_QUOTE").willReturn(okJson("{\"Global Quote\": {}}")));

        assertThatThrownBy(() -> alphaVantage.latest(IBM))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNKNOWN_TICKER));
    }
}
