package com.oragami.engine.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceTableTest {

    private static final LocalDate D0 = LocalDate.of(2024, 1, 2);

    private static PriceSeries series(String ticker, int firstDay, double[] closes, boolean synthetic) {
        LocalDate[] dates = new LocalDate[closes.length];
        for (int i = 0; i < closes.length; i++) {
            dates[i] = D0.plusDays(firstDay + i);
        }
        return new PriceSeries(Ticker.of(ticker), dates, closes, synthetic);
    }

    @Test
    void firstAndLastIndexAreThoseOfTheTickersOwnClosesOnTheUnionAxis() {
        // axis: days 0..4 from A; B trades on days 1..3 only
        PriceTable table = PriceTable.of(List.of(
                series("A", 0, new double[] {1, 2, 3, 4, 5}, false), series("B", 1, new double[] {7, 8, 9}, false)));

        assertThat(table.size()).isEqualTo(5);
        assertThat(table.firstIndex(Ticker.of("A"))).isZero();
        assertThat(table.lastIndex(Ticker.of("A"))).isEqualTo(4);
        assertThat(table.firstIndex(Ticker.of("B"))).isEqualTo(1);
        assertThat(table.lastIndex(Ticker.of("B"))).isEqualTo(3);
        assertThat(table.closes(Ticker.of("B"))).containsExactly(Double.NaN, 7, 8, 9, Double.NaN);
    }

    @Test
    void aTickerWithAnEmptySeriesHasNoFirstOrLastIndex() {
        PriceTable table = PriceTable.of(
                List.of(series("A", 0, new double[] {1, 2}, false), series("N", 0, new double[0], false)));

        assertThat(table.firstIndex(Ticker.of("N"))).isEqualTo(-1);
        assertThat(table.lastIndex(Ticker.of("N"))).isEqualTo(-1);
    }

    @Test
    void askingForAnAbsentTickerIsAProgrammingError() {
        PriceTable table = PriceTable.of(List.of(series("A", 0, new double[] {1}, false)));

        assertThatThrownBy(() -> table.firstIndex(Ticker.of("ZZZ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no prices for ZZZ");
        assertThatThrownBy(() -> table.lastIndex(Ticker.of("ZZZ"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void syntheticTickersAreListedInTickerOrderOnEveryRun() {
        // six synthetic tickers given out of order: a hash set would list them sorted by chance 1 in 720
        List<PriceSeries> series = new ArrayList<>();
        for (String t : List.of("YINN", "IWS", "MDY", "AAA", "ZZ", "QQQ")) {
            series.add(series(t, 0, new double[] {1, 2}, true));
        }
        series.add(series("SPY", 0, new double[] {1, 2}, false));

        PriceTable table = PriceTable.of(series);

        assertThat(table.syntheticTickers())
                .extracting(Ticker::symbol)
                .containsExactly("AAA", "IWS", "MDY", "QQQ", "YINN", "ZZ");
        assertThat(table.isSynthetic(Ticker.of("SPY"))).isFalse();
    }
}
