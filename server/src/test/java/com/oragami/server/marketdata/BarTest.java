package com.oragami.server.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bar invariants providers rely on to turn a vendor's nonsense into a malformed answer. */
class BarTest {

    private static final Ticker SPY = new Ticker("SPY");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private static Bar bar(double open, double adjClose, Long volume, double dividend, double split) {
        return new Bar(SPY, DAY, open, 12, 10, 11, adjClose, volume, dividend, split);
    }

    @Test
    void refusesAZeroOrInfiniteAdjustedClose() {
        assertThatThrownBy(() -> bar(11, 0, 1L, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("adjusted close must be positive on 2024-03-01, got 0.0");
        assertThatThrownBy(() -> bar(11, Double.POSITIVE_INFINITY, 1L, 0, 1))
                .hasMessageContaining("adjusted close must be positive");
        assertThatThrownBy(() -> bar(11, Double.NaN, 1L, 0, 1)).hasMessageContaining("adjusted close must be positive");
    }

    @Test
    void refusesANegativeOrInfiniteOpenButAcceptsAMissingOne() {
        assertThatThrownBy(() -> bar(-1, 11, 1L, 0, 1)).hasMessage("prices must be positive on 2024-03-01, got -1.0");
        assertThatThrownBy(() -> bar(Double.POSITIVE_INFINITY, 11, 1L, 0, 1))
                .hasMessageContaining("prices must be positive");
        assertThat(bar(Double.NaN, 11, 1L, 0, 1).open()).isNaN();
    }

    @Test
    void refusesHighBelowLow() {
        assertThatThrownBy(() -> new Bar(SPY, DAY, 11, 9, 10, 11, 11, 1L, 0, 1))
                .hasMessage("high 9.0 below low 10.0 on 2024-03-01");
    }

    @Test
    void refusesNegativeVolumeButAcceptsNone() {
        assertThatThrownBy(() -> bar(11, 11, -5L, 0, 1)).hasMessage("negative volume on 2024-03-01");
        assertThat(bar(11, 11, null, 0, 1).volume()).isNull();
    }

    @Test
    void refusesANegativeOrNanDividend() {
        assertThatThrownBy(() -> bar(11, 11, 1L, -0.1, 1))
                .hasMessage("dividend must be zero or positive on 2024-03-01, got -0.1");
        assertThatThrownBy(() -> bar(11, 11, 1L, Double.NaN, 1)).hasMessageContaining("dividend must be zero");
    }

    @Test
    void refusesAZeroOrInfiniteSplitRatio() {
        assertThatThrownBy(() -> bar(11, 11, 1L, 0, 0))
                .hasMessage("split ratio must be positive on 2024-03-01, got 0.0");
        assertThatThrownBy(() -> bar(11, 11, 1L, 0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("split ratio must be positive");
    }

    @Test
    void aDividendOrASplitIsACorporateAction() {
        assertThat(bar(11, 11, 1L, 0, 1).hasCorporateAction()).isFalse();
        assertThat(bar(11, 11, 1L, 0.25, 1).hasCorporateAction()).isTrue();
        assertThat(bar(11, 11, 1L, 0, 4).hasCorporateAction()).isTrue();
        // a reverse split (1 new share per 10 old) is one too
        assertThat(bar(11, 11, 1L, 0, 0.1).hasCorporateAction()).isTrue();
    }

    @Test
    void scalingReadjustsOnlyTheAdjustedClose() {
        Bar scaled = new Bar(SPY, DAY, 11, 12, 10, 11, 10, 7L, 0.5, 2).scaled(0.5);

        // 10 · 0.5 = 5; the raw prices, volume and actions stay as the vendor gave them
        assertThat(scaled.adjClose()).isEqualTo(5.0);
        assertThat(scaled.close()).isEqualTo(11.0);
        assertThat(scaled.volume()).isEqualTo(7L);
        assertThat(scaled.dividend()).isEqualTo(0.5);
        assertThat(scaled.splitRatio()).isEqualTo(2.0);
    }

    @Test
    void adjustedOnlyBarsHaveNoRawPricesNorVolume() {
        Bar bar = Bar.adjustedOnly(SPY, DAY, 42);

        assertThat(bar.open()).isNaN();
        assertThat(bar.high()).isNaN();
        assertThat(bar.volume()).isNull();
        assertThat(bar.adjClose()).isEqualTo(42.0);
        assertThat(bar.hasCorporateAction()).isFalse();
    }
}
