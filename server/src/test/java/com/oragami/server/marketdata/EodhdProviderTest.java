package com.oragami.server.marketdata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.oragami.engine.symphony.Ticker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** EOD Historical Data against WireMock: prices, dividends and splits in three calls. */
class EodhdProviderTest {

    private static final Ticker AAPL = new Ticker("AAPL");
    private static final LocalDate FROM = LocalDate.of(2020, 8, 27);

    private static final String EOD = """
            [{"date":"2020-08-27","open":508.57,"high":509.94,"low":495.33,"close":500.04,"adjusted_close":122.6,"volume":38888100},
             {"date":"2020-08-28","open":504.05,"high":505.77,"low":498.31,"close":499.23,"adjusted_close":122.4,"volume":46907500},
             {"date":"2020-08-31","open":127.58,"high":131,"low":126,"close":129.04,"adjusted_close":126.55,"volume":225702700}]
            """;

    private static WireMockServer server;
    private EodhdProvider eodhd;

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
        eodhd = new EodhdProvider(Vendors.vendor(server, "token", ""), Vendors.HTTP);
    }

    @AfterEach
    void strict() {
        Vendors.assertNoUnexpectedRequests(server);
    }

    private static void stub(String path, String body) {
        server.stubFor(get(urlPathEqualTo(path))
                .withQueryParam("api_token", equalTo("token"))
                .withQueryParam("fmt", equalTo("json"))
                .withQueryParam("from", equalTo("2020-08-27"))
                .willReturn(okJson(body)));
    }

    @Test
    void joinsPricesWithDividendsAndSplits() {
        stub("/api/eod/AAPL.US", EOD);
        stub("/api/div/AAPL.US", """
                [{"date":"2020-08-28","declarationDate":"2020-07-30","recordDate":"2020-08-10","paymentDate":"2020-08-13",
                  "period":"Quarterly","value":0.205,"unadjustedValue":0.82,"currency":"USD"}]
                """);
        stub("/api/splits/AAPL.US", "[{\"date\":\"2020-08-31\",\"split\":\"4.000000/1.000000\"}]");

        List<Bar> bars = eodhd.daily(AAPL, FROM, day -> {});

        assertThat(bars).hasSize(3);
        assertThat(bars.get(1).dividend()).isEqualTo(0.205);
        assertThat(bars.get(2).splitRatio()).isEqualTo(4.0);
        assertThat(bars.get(0).hasCorporateAction()).isFalse();
        assertThat(bars.get(2).close()).isEqualTo(129.04);
        assertThat(bars.get(2).adjClose()).isEqualTo(126.55);
    }

    @Test
    void failsWholeWhenTheSplitsCallFails() {
        stub("/api/eod/AAPL.US", EOD);
        stub("/api/div/AAPL.US", "[]");
        server.stubFor(get(urlPathEqualTo("/api/splits/AAPL.US"))
                .willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> eodhd.daily(AAPL, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNAVAILABLE));
    }

    @Test
    void rejectsASplitThatIsNotARatio() {
        stub("/api/eod/AAPL.US", EOD);
        stub("/api/div/AAPL.US", "[]");
        stub("/api/splits/AAPL.US", "[{\"date\":\"2020-08-31\",\"split\":\"four for one\"}]");

        assertThatThrownBy(() -> eodhd.daily(AAPL, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.MALFORMED))
                .hasMessageContaining("four for one");
    }

    @Test
    void reportsAnEmptyArrayAsEmpty() {
        stub("/api/eod/AAPL.US", "[]");

        assertThatThrownBy(() -> eodhd.daily(AAPL, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.EMPTY));
    }

    @Test
    void reportsNotFoundAsAnUnknownTicker() {
        server.stubFor(get(urlPathEqualTo("/api/eod/AAPL.US"))
                .willReturn(aResponse().withStatus(404).withBody("Ticker Not Found.")));

        assertThatThrownBy(() -> eodhd.daily(AAPL, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.UNKNOWN_TICKER))
                .hasMessageContaining("Ticker Not Found.");
    }

    @Test
    void rejectsAnObjectWhereAnArrayIsDocumented() {
        stub("/api/eod/AAPL.US", "{\"error\":\"unexpected\"}");

        assertThatThrownBy(() -> eodhd.daily(AAPL, FROM, day -> {}))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.MALFORMED));
    }

    @Test
    void readsTheRealTimeQuote() {
        server.stubFor(get(urlPathEqualTo("/api/real-time/AAPL.US")).willReturn(okJson("""
                {"code":"AAPL.US","timestamp":1715370600,"gmtoffset":0,"open":184.9,"high":185.09,"low":182.13,
                 "close":183.05,"volume":50759500,"previousClose":184.57,"change":-1.52,"change_p":-0.8235}
                """)));

        LatestTrade trade = eodhd.latest(AAPL);

        assertThat(trade.price()).isEqualTo(183.05);
        assertThat(trade.at()).isEqualTo(Instant.ofEpochSecond(1715370600));
    }
}
