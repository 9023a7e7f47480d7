package com.oragami.server.marketdata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.calendar.TradingCalendar;
import com.oragami.engine.prices.BundledPrices;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.symphony.Ticker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Market data on the real embedded PostgreSQL (the shared test context: no provider configured,
 * no preload). Provider-driven parts are assembled here around a canned {@link PriceProvider} or
 * the Alpaca client against WireMock. Each test uses its own made-up ticker, so tests share the
 * database without cleaning up.
 */
class MarketDataIntegrationTest extends MarketDataTestBase {

    private static WireMockServer server;

    @Autowired
    MarketData marketData;

    @Autowired
    LivePrices livePrices;

    @Autowired
    BundledLoader bundled;

    @Autowired
    BarRepository bars;

    @Autowired
    CoverageRepository coverage;

    @Autowired
    SeriesCache cache;

    @Autowired
    BarStore store;

    @Autowired
    TradingCalendar calendar;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MarketDataProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startServer() {
        server = Vendors.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    /** A provider answering canned bars (or failing) and counting calls. */
    static final class Canned implements PriceProvider {
        List<Bar> bars = List.of();
        ProviderException failure;
        LatestTrade trade;
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return "canned";
        }

        @Override
        public List<Bar> daily(Ticker ticker, LocalDate from, Consumer<LocalDate> reached) {
            calls.incrementAndGet();
            if (failure != null) {
                throw failure;
            }
            List<Bar> from0 = bars.stream().filter(b -> !b.day().isBefore(from)).toList();
            if (from0.isEmpty()) {
                throw new ProviderException(ProviderException.Reason.EMPTY, "no bars");
            }
            reached.accept(from0.get(from0.size() - 1).day());
            return from0;
        }

        @Override
        public LatestTrade latest(Ticker ticker) {
            if (trade == null) {
                throw new ProviderException(ProviderException.Reason.UNAVAILABLE, "canned: no trade");
            }
            return trade;
        }
    }

    private static Bar bar(Ticker ticker, String day, double adjClose) {
        return new Bar(ticker, LocalDate.parse(day), adjClose, adjClose, adjClose, adjClose, adjClose, 1000L, 0, 1);
    }

    private Backfill backfill(PriceProvider provider) {
        return new Backfill(new Providers(provider, provider), coverage, store, transactions, clock, properties);
    }

    private DailySync sync(PriceProvider provider) {
        return new DailySync(new Providers(provider, provider), coverage, store, calendar, clock);
    }

    private MarketData marketData(Providers providers, Backfill backfill) {
        return new MarketData(bars, coverage, cache, bundled, backfill, sync(providers.history()), providers);
    }

    private LivePrices live(PriceProvider provider) {
        Providers providers = new Providers(provider, provider);
        return new LivePrices(marketData(providers, backfill(provider)), coverage, providers, calendar, properties);
    }

    @Test
    void servesABundledTickerExactlyAsBundledAfterCopyingItOnFirstUse() {
        Ticker spy = new Ticker("SPY");
        PriceSeries bundledSpy = BundledPrices.standard().series(spy).orElseThrow();

        PriceSeries stored = marketData.series(spy).orElseThrow();

        assertThat(stored.dates()).containsExactly(bundledSpy.dates());
        assertThat(stored.closes()).containsExactly(bundledSpy.closes());
        Coverage spyCoverage = marketData.coverage(spy).orElseThrow();
        assertThat(spyCoverage.source()).isEqualTo("bundled");
        assertThat(spyCoverage.status()).isEqualTo(BackfillStatus.COMPLETE);
        assertThat(spyCoverage.firstDay()).isEqualTo(bundledSpy.first());
        assertThat(spyCoverage.lastDay()).isEqualTo(bundledSpy.last());
        assertThat(spyCoverage.bars()).isEqualTo(bundledSpy.size());
    }

    @Test
    void copiesEveryBundledTickerOnceAcrossRepeatedLoads() {
        long start = System.nanoTime();
        bundled.loadAll();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long expected = BundledPrices.standard().tickers().stream()
                .mapToLong(t -> BundledPrices.standard().series(t).orElseThrow().size())
                .sum();

        int again = bundled.loadAll();

        long stored = jdbc.sql("SELECT count(*) FROM marketdata_bar WHERE source = 'bundled'")
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(expected);
        assertThat(again).isZero();
        System.out.printf(
                "bundled load: %d bars of %d tickers in %d ms%n",
                expected, BundledPrices.standard().tickers().size(), millis);
    }

    @Test
    void keepsASeriesInTheCacheUntilItsTickerIsWritten() {
        Ticker ticker = new Ticker("ZZCACHE");
        store.store(ticker, List.of(bar(ticker, "2024-01-02", 10), bar(ticker, "2024-01-03", 11)), "canned", null);
        PriceSeries first = marketData.series(ticker).orElseThrow();

        PriceSeries again = marketData.series(ticker).orElseThrow();
        store.store(ticker, List.of(bar(ticker, "2024-01-04", 12)), "canned", null);
        PriceSeries after = marketData.series(ticker).orElseThrow();

        assertThat(again).isSameAs(first);
        assertThat(after.closes()).containsExactly(10, 11, 12);
    }

    @Test
    void namesTheTickerAndTheKeysToSetWhenNoProviderIsConfigured() {
        Parsed<PriceSeries> loaded = marketData.load(new Ticker("ZZNOPROV"));

        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("unknown-ticker");
            assertThat(problem.message()).contains("ZZNOPROV").contains("MARKETDATA_PROVIDER");
        });
    }

    @Test
    void backfillsAnUnknownTickerInTheBackgroundThenServesIt() throws InterruptedException {
        Ticker ticker = new Ticker("ZZBACK");
        Canned canned = new Canned();
        canned.bars = List.of(bar(ticker, "2024-01-02", 20), bar(ticker, "2024-01-03", 21));
        MarketData withProvider = marketData(new Providers(canned, canned), backfill(canned));

        Parsed<PriceSeries> before = withProvider.load(ticker);
        for (int i = 0; i < 200 && coverage.find(ticker).orElseThrow().status() != BackfillStatus.COMPLETE; i++) {
            Thread.sleep(25);
        }
        Parsed<PriceSeries> after = withProvider.load(ticker);

        assertThat(before.problems()).singleElement().extracting(Problem::code).isEqualTo("market-data-pending");
        assertThat(after.value().orElseThrow().closes()).containsExactly(20, 21);
        Coverage done = coverage.find(ticker).orElseThrow();
        assertThat(done.source()).isEqualTo("canned");
        assertThat(done.progress()).isEqualTo(1.0);
    }

    @Test
    void storesNothingWhenAFetchFailsHalfway() {
        Ticker ticker = new Ticker("ZZFAIL");
        server.stubFor(get(urlPathEqualTo("/v2/stocks/ZZFAIL/bars"))
                .withQueryParam("page_token", absent())
                .willReturn(okJson("""
                        {"bars":[{"t":"2024-01-02T05:00:00Z","o":1,"h":1,"l":1,"c":1,"v":1}],
                         "symbol":"ZZFAIL","next_page_token":"next"}
                        """)));
        server.stubFor(get(urlPathEqualTo("/v2/stocks/ZZFAIL/bars"))
                .withQueryParam("page_token", equalTo("next"))
                .willReturn(okJson("{\"bars\":[{\"t\":\"2024-01-03T05:00:00Z\",\"o\":1,")));
        AlpacaProvider alpaca = new AlpacaProvider(Vendors.vendor(server, "k", "s"), Vendors.HTTP);

        backfill(alpaca).run(ticker, alpaca);

        assertThat(bars.count(ticker)).isZero();
        Coverage failed = coverage.find(ticker).orElseThrow();
        assertThat(failed.status()).isEqualTo(BackfillStatus.FAILED);
        assertThat(failed.message()).contains("malformed JSON");
        assertThat(marketData.load(ticker).problems())
                .singleElement()
                .extracting(Problem::code)
                .isEqualTo("market-data-failed");
        Vendors.assertNoUnexpectedRequests(server);
    }

    @Test
    void syncAppendsTheNewBarAndRescalesOlderHistoryAfterADividend() {
        Ticker ticker = new Ticker("ZZSYNC");
        store.store(
                ticker,
                List.of(bar(ticker, "2024-01-02", 100), bar(ticker, "2024-01-03", 101), bar(ticker, "2024-01-04", 102)),
                "canned",
                null);
        Canned canned = new Canned();
        // The vendor re-adjusted for a dividend going ex on 2024-01-05: every earlier adjusted close
        // is now 0.99 of what was stored (102 · 0.99 = 100.98).
        canned.bars = List.of(
                bar(ticker, "2024-01-03", 99.99),
                bar(ticker, "2024-01-04", 100.98),
                new Bar(ticker, LocalDate.parse("2024-01-05"), 100, 100, 100, 100, 100, 1000L, 1.0, 1));

        SyncReport report = sync(canned).sync(List.of(ticker), LocalDate.of(2024, 1, 5));

        assertThat(report.updated()).containsExactly(ticker);
        PriceSeries series = marketData.series(ticker).orElseThrow();
        // 2024-01-02 was not re-fetched: 100 · (99.99 / 101) = 99.0
        assertThat(series.closes()[0]).isCloseTo(99.0, within(1e-9));
        assertThat(series.closes()).hasSize(4);
        assertThat(series.closes()[3]).isEqualTo(100);
        assertThat(coverage.find(ticker).orElseThrow().flags()).isEmpty();
    }

    @Test
    void syncFlagsATickerStaleWhenTheVendorHasNoNewBar() {
        Ticker ticker = new Ticker("ZZSTALE");
        store.store(ticker, List.of(bar(ticker, "2024-01-02", 100), bar(ticker, "2024-01-03", 101)), "canned", null);
        Canned canned = new Canned();
        canned.failure = new ProviderException(ProviderException.Reason.UNAVAILABLE, "canned: down");

        SyncReport report = sync(canned).sync(List.of(ticker), LocalDate.of(2024, 1, 5));

        assertThat(report.failed()).containsKey(ticker);
        assertThat(coverage.find(ticker).orElseThrow().flags()).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(QualityFlag.Kind.STALE);
            assertThat(flag.day()).isEqualTo(LocalDate.of(2024, 1, 5));
        });
    }

    @Test
    void warnsAboutAJumpWithNoCorporateActionWhenLoading() {
        Ticker ticker = new Ticker("ZZJUMP");
        // 100 → 150 is +50 % with no split or dividend: over the 40 % limit.
        store.store(ticker, List.of(bar(ticker, "2024-01-02", 100), bar(ticker, "2024-01-03", 150)), "canned", null);

        Parsed<PriceSeries> loaded = marketData.load(ticker);

        assertThat(loaded.value()).isPresent();
        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.code()).isEqualTo("market-data-flagged");
            assertThat(problem.message()).contains("ZZJUMP 2024-01-03 JUMP").contains("+50.0 %");
        });
    }

    // Thursday 2024-01-04 15:50 New York (EST, UTC−5) is 20:50 UTC; the previous session is 01-03.
    private static final Instant RUN = Instant.parse("2024-01-04T20:50:00Z");

    @Test
    void appendsTodaysBarFromTheLatestTrade() {
        Ticker ticker = new Ticker("ZZLIVE");
        store.store(ticker, List.of(bar(ticker, "2024-01-02", 100), bar(ticker, "2024-01-03", 101)), "canned", null);
        Canned canned = new Canned();
        canned.trade = new LatestTrade(ticker, 102.5, Instant.parse("2024-01-04T20:49:30Z"));

        PriceSeries series = live(canned).series(ticker, RUN).value().orElseThrow();

        assertThat(series.last()).isEqualTo(LocalDate.of(2024, 1, 4));
        assertThat(series.closes()).containsExactly(100, 101, 102.5);
    }

    @Test
    void failsTheRunOnATradeOlderThanTheLimit() {
        Ticker ticker = new Ticker("ZZOLD");
        store.store(ticker, List.of(bar(ticker, "2024-01-02", 100), bar(ticker, "2024-01-03", 101)), "canned", null);
        Canned canned = new Canned();
        // 20:50 − 20:20 = 30 minutes, over the 15-minute default.
        canned.trade = new LatestTrade(ticker, 102.5, Instant.parse("2024-01-04T20:20:00Z"));

        Parsed<PriceSeries> result = live(canned).series(ticker, RUN);

        assertThat(result.value()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("live-price-stale");
            assertThat(problem.message()).contains("ZZOLD").contains("2024-01-04 15:20 New York");
        });
    }

    @Test
    void failsTheRunWhenTheProviderHasNoTrade() {
        Ticker ticker = new Ticker("ZZNOTRADE");
        store.store(ticker, List.of(bar(ticker, "2024-01-02", 100), bar(ticker, "2024-01-03", 101)), "canned", null);

        Parsed<PriceSeries> result = live(new Canned()).series(ticker, RUN);

        assertThat(result.problems()).singleElement().extracting(Problem::code).isEqualTo("live-price-missing");
    }

    @Test
    void failsTheRunWhenHistoryMissesThePreviousSession() {
        Ticker ticker = new Ticker("ZZBEHIND");
        store.store(ticker, List.of(bar(ticker, "2024-01-02", 100)), "canned", null);
        Canned canned = new Canned();
        canned.trade = new LatestTrade(ticker, 102.5, Instant.parse("2024-01-04T20:49:30Z"));

        Parsed<PriceSeries> result = live(canned).series(ticker, RUN);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("history-stale");
            assertThat(problem.message()).contains("2024-01-02").contains("2024-01-03");
        });
    }

    @Test
    void failsTheRunOnAHoliday() {
        Canned canned = new Canned();

        // 2024-01-01 is New Year's Day.
        Parsed<PriceSeries> result = live(canned).series(new Ticker("SPY"), Instant.parse("2024-01-01T20:50:00Z"));

        assertThat(result.problems()).singleElement().extracting(Problem::code).isEqualTo("not-a-session");
    }

    @Test
    void failsTheRunWithoutALiveProvider() {
        Parsed<PriceSeries> result = livePrices.series(new Ticker("SPY"), RUN);

        assertThat(result.problems()).singleElement().extracting(Problem::code).isEqualTo("live-price-unavailable");
    }

    @Test
    void refusesABarsRangeOverTwentyYears() {
        Parsed<List<Bar>> result =
                marketData.bars(new Ticker("SPY"), LocalDate.of(1990, 1, 1), LocalDate.of(2024, 1, 1));

        assertThat(result.problems()).singleElement().extracting(Problem::code).isEqualTo("range-too-long");
    }

    @Test
    void answersBarsOfARange() {
        Parsed<List<Bar>> result =
                marketData.bars(new Ticker("SPY"), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5));

        // 2024-01-02..05 are four sessions (Tuesday to Friday).
        assertThat(result.value().orElseThrow())
                .extracting(Bar::day)
                .containsExactly(
                        LocalDate.of(2024, 1, 2),
                        LocalDate.of(2024, 1, 3),
                        LocalDate.of(2024, 1, 4),
                        LocalDate.of(2024, 1, 5));
        assertThat(new ArrayList<>(result.value().orElseThrow()))
                .allSatisfy(b -> assertThat(b.volume()).isNull());
    }

    @Test
    void failsABackfillWhenTheVendorRefuses() {
        Ticker ticker = new Ticker("ZZREFUSED");
        server.stubFor(get(urlPathEqualTo("/v2/stocks/ZZREFUSED/bars"))
                .willReturn(aResponse().withStatus(403).withBody("{\"message\":\"forbidden.\"}")));
        AlpacaProvider alpaca = new AlpacaProvider(Vendors.vendor(server, "k", "s"), Vendors.HTTP);

        backfill(alpaca).run(ticker, alpaca);

        assertThat(coverage.find(ticker).orElseThrow().message()).contains("HTTP 403");
        assertThat(bars.count(ticker)).isZero();
    }
}
