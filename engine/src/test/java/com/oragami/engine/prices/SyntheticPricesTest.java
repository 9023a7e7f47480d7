package com.oragami.engine.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SyntheticPricesTest {

    private static final Ticker SPY = new Ticker("SPY");
    private static final SyntheticPrices WEEKDAYS =
            SyntheticPrices.weekdays(LocalDate.of(2000, 1, 3), LocalDate.of(2030, 12, 31));

    @Test
    void hashesSymbolsWithFnv1a64() {
        // published FNV-1a 64-bit test vectors (http://www.isthe.com/chongo/tech/comp/fnv/)
        assertThat(SyntheticPrices.fnv1a64("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(SyntheticPrices.fnv1a64("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(SyntheticPrices.fnv1a64("foobar")).isEqualTo(0x85944171f73967e8L);
    }

    @Test
    void drawsTheReferenceSplitMix64Sequence() {
        // reference outputs of splitmix64.c (Vigna) seeded with 0
        SyntheticPrices.SplitMix64 random = new SyntheticPrices.SplitMix64(0);

        assertThat(random.nextLong()).isEqualTo(0xe220a8397b1dcdafL);
        assertThat(random.nextLong()).isEqualTo(0x6e789e6aa1b965f4L);
        assertThat(random.nextLong()).isEqualTo(0x06c45d188009454fL);
    }

    @Test
    void walksSpyFromItsHashedStartPrice() {
        // seed fnv1a64("SPY") = 0x97fc9619fa5d47fd; worked independently in Python:
        // u1 = 0.5712648400690885 → P0 = 10 + 190·u1 = 118.54031961312681
        // u2 = 0.6162174561562027 → σ = 0.01 + 0.03·u2 = 0.02848652368468608
        // z1 = −2.035552888396698 → P1 = P0·exp(0.0003 − σ²/2 + σ·z1) = 111.85032415121191
        // z2 = 0.5100910466856876 → P2 = P1·exp(0.0003 − σ²/2 + σ·z2) = 113.4754558691358
        double[] closes = WEEKDAYS.series(SPY).orElseThrow().closes();

        assertThat(closes[0]).isEqualTo(118.54031961312681);
        assertThat(SyntheticPrices.volatility(SPY)).isEqualTo(0.02848652368468608);
        assertThat(closes[1]).isCloseTo(111.85032415121191, within(1e-12));
        assertThat(closes[2]).isCloseTo(113.4754558691358, within(1e-12));
    }

    @Test
    void isSyntheticAndOnTheGivenCalendar() {
        LocalDate[] calendar = {LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 5)};
        SyntheticPrices prices = new SyntheticPrices(calendar);

        PriceSeries s = prices.series(new Ticker("TQQQ")).orElseThrow();

        assertThat(s.synthetic()).isTrue();
        assertThat(s.dates()).containsExactly(calendar);
        assertThat(prices.describe()).isEqualTo("synthetic prices (not market data)");
        assertThat(prices.tickers()).isEmpty();
    }

    @Test
    void givesTheSamePricesEveryTimeAndDifferentOnesPerTicker() {
        double[] a = WEEKDAYS.series(SPY).orElseThrow().closes();
        double[] b = SyntheticPrices.weekdays(LocalDate.of(2000, 1, 3), LocalDate.of(2030, 12, 31))
                .series(SPY)
                .orElseThrow()
                .closes();
        double[] other = WEEKDAYS.series(new Ticker("SPXL")).orElseThrow().closes();

        assertThat(a).containsExactly(b);
        assertThat(other[0]).isNotEqualTo(a[0]);
    }

    @Test
    void realizedDailyVolatilityIsTheTickersSigma() {
        // 8087 weekdays 2000-2030 (counted in Python); the sample SD of log returns estimates σ with a relative
        // standard error of about 1/sqrt(2·8086) ≈ 0.8 %, so 4 % is five standard errors
        for (String symbol : new String[] {"SPY", "TQQQ", "BIL", "UVXY", "XYZ"}) {
            Ticker ticker = new Ticker(symbol);
            double[] c = WEEKDAYS.series(ticker).orElseThrow().closes();
            double sum = 0;
            double squares = 0;
            int n = c.length - 1;
            for (int t = 1; t < c.length; t++) {
                double r = Math.log(c[t] / c[t - 1]);
                sum += r;
                squares += r * r;
            }
            double sd = Math.sqrt((squares - sum * sum / n) / (n - 1));
            double sigma = SyntheticPrices.volatility(ticker);

            assertThat(sigma).isBetween(0.01, 0.04);
            assertThat(sd).as(symbol).isCloseTo(sigma, within(0.04 * sigma));
        }
    }

    @Test
    void weekdaysSkipSaturdaysAndSundays() {
        // Fri 2024-01-05, Sat, Sun, Mon 2024-01-08
        PriceSeries s = SyntheticPrices.weekdays(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 8))
                .series(SPY)
                .orElseThrow();

        assertThat(s.dates()).containsExactly(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 8));
        assertThat(WEEKDAYS.series(SPY).orElseThrow().size()).isEqualTo(8087);
    }

    @Test
    void refusesAnEmptyOrUnorderedCalendar() {
        LocalDate day = LocalDate.of(2024, 1, 2);

        assertThatThrownBy(() -> new SyntheticPrices(new LocalDate[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticPrices(new LocalDate[] {day, day}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
