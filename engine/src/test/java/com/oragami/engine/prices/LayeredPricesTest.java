package com.oragami.engine.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oragami.engine.Problem;
import com.oragami.engine.symphony.Ticker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayeredPricesTest {

    private static final Ticker SPY = new Ticker("SPY");
    private static final Ticker QQQ = new Ticker("QQQ");
    private static final Ticker XYZ = new Ticker("XYZ");
    private static final LocalDate DAY = LocalDate.of(2024, 1, 2);

    /** A fixed in-memory source with one close per ticker. */
    private static PriceSource fixed(String label, Map<Ticker, Double> closes) {
        return new PriceSource() {
            @Override
            public String describe() {
                return label;
            }

            @Override
            public Optional<PriceSeries> series(Ticker ticker) {
                return Optional.ofNullable(closes.get(ticker))
                        .map(c -> new PriceSeries(ticker, new LocalDate[] {DAY}, new double[] {c}, false));
            }

            @Override
            public Set<Ticker> tickers() {
                return closes.keySet();
            }
        };
    }

    @TempDir
    Path dir;

    @Test
    void theFirstSourceThatKnowsATickerWins() {
        LayeredPrices prices =
                LayeredPrices.firstOf(fixed("a", Map.of(SPY, 1.0)), fixed("b", Map.of(SPY, 2.0, QQQ, 3.0)));

        assertThat(prices.series(SPY).orElseThrow().closes()).containsExactly(1.0);
        assertThat(prices.series(QQQ).orElseThrow().closes()).containsExactly(3.0);
        assertThat(prices.tickers()).containsExactlyInAnyOrder(SPY, QQQ);
        assertThat(prices.describe()).isEqualTo("a, then b");
        assertThat(prices.layers()).hasSize(2);
    }

    @Test
    void syntheticPricesFillInTickersNoRealSourceKnows() {
        SyntheticPrices synthetic = new SyntheticPrices(new LocalDate[] {DAY, DAY.plusDays(1)});
        LayeredPrices prices = LayeredPrices.firstOf(fixed("bundled", Map.of(SPY, 1.0)), synthetic);

        assertThat(prices.series(SPY).orElseThrow().synthetic()).isFalse();
        assertThat(prices.series(XYZ).orElseThrow().synthetic()).isTrue();
        assertThat(prices.load(XYZ).get().size()).isEqualTo(2);
        assertThat(prices.tickers()).containsExactly(SPY);
    }

    @Test
    void aBrokenUserFileIsReportedNotReplacedByALaterLayer() throws IOException {
        Files.writeString(dir.resolve("SPY.csv"), "date,adj_close\n2024-01-02,oops\n");
        LayeredPrices prices = LayeredPrices.firstOf(CsvPrices.directory(dir), fixed("bundled", Map.of(SPY, 1.0)));

        assertThat(prices.series(SPY)).isEmpty();
        assertThat(prices.load(SPY).errors()).extracting(Problem::code).containsExactly("csv-price-not-numeric");
    }

    @Test
    void aTickerNoLayerKnowsIsAnUnknownTickerNamingEveryLayer() {
        LayeredPrices prices = LayeredPrices.firstOf(fixed("a", Map.of()), fixed("b", Map.of(SPY, 1.0)));

        assertThat(prices.series(XYZ)).isEmpty();
        assertThat(prices.load(XYZ).errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-ticker");
            assertThat(p.message()).isEqualTo("no prices for XYZ in a, then b");
        });
    }

    @Test
    void theDefaultLoadOfASourceSaysWhichSourceLacksTheTicker() {
        assertThat(fixed("bundled data (1 tickers)", Map.of()).load(XYZ).errors())
                .singleElement()
                .extracting(Problem::message)
                .isEqualTo("no prices for XYZ in bundled data (1 tickers)");
    }

    @Test
    void needsAtLeastOneLayer() {
        assertThatThrownBy(LayeredPrices::firstOf).isInstanceOf(IllegalArgumentException.class);
    }
}
