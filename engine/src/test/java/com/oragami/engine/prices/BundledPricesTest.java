package com.oragami.engine.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oragami.engine.symphony.Ticker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledPricesTest {

    private static final BundledPrices BUNDLED = BundledPrices.standard();
    private static final Ticker SPY = new Ticker("SPY");

    /** A fixture copied verbatim from /work/shared/marketdata/adjclose: [date, adj_close text] rows. */
    private static List<String[]> fixture(String name) throws IOException {
        try (InputStream in = BundledPricesTest.class.getResourceAsStream("/prices/bundled/" + name);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine(); // header date,adj_close
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(","));
            }
            return rows;
        }
    }

    /** Decoded dates and closes from {@code from} on equal the CSV rows exactly (==, not within). */
    private static void assertMatches(Ticker ticker, List<String[]> rows, int from) {
        PriceSeries s = BUNDLED.series(ticker).orElseThrow();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(s.dates()[from + i]).isEqualTo(LocalDate.parse(rows.get(i)[0]));
            assertThat(s.closes()[from + i])
                    .as("%s %s", ticker, rows.get(i)[0])
                    .isEqualTo(Double.parseDouble(rows.get(i)[1]));
        }
    }

    @Test
    void holdsAll238TickersWithSpyFrom1993ToJuly2026() {
        PriceSeries spy = BUNDLED.series(SPY).orElseThrow();

        assertThat(BUNDLED.tickers()).hasSize(238).contains(SPY, new Ticker("TQQQ"), new Ticker("UVXY"));
        assertThat(BUNDLED.describe()).isEqualTo("bundled data (238 tickers)");
        assertThat(spy.first()).isEqualTo(LocalDate.of(1993, 1, 29));
        assertThat(spy.last()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(spy.size()).isEqualTo(8433); // SPY.csv has 8434 lines with the header
        assertThat(spy.synthetic()).isFalse();
        assertThat(BUNDLED.first(SPY)).contains(LocalDate.of(1993, 1, 29));
        assertThat(BUNDLED.last(SPY)).contains(LocalDate.of(2026, 7, 31));
    }

    @Test
    void decodesSpysFirstAndLast300ClosesExactlyAsTheCsvPrintsThem() throws IOException {
        List<String[]> first = fixture("SPY-first-300.csv");
        List<String[]> last = fixture("SPY-last-300.csv");

        assertMatches(SPY, first, 0);
        assertMatches(SPY, last, 8433 - 300);
        assertThat(first.get(0)).containsExactly("1993-01-29", "24.11326");
        assertThat(last.get(299)).containsExactly("2026-07-31", "747.03003");
    }

    @Test
    void decodesFloat32ArtefactsAndSmallPricesExactly() throws IOException {
        List<String[]> uvxy = fixture("UVXY-first-100.csv");

        assertMatches(new Ticker("UVXY"), uvxy, 0);
        assertThat(BUNDLED.series(new Ticker("UVXY")).orElseThrow().closes()[0]).isEqualTo(514_500_001_792.0);
        List<String[]> bil = fixture("BIL-last-100.csv");
        assertMatches(
                new Ticker("BIL"),
                bil,
                BUNDLED.series(new Ticker("BIL")).orElseThrow().size() - 100);
    }

    @Test
    void decodesEachTickerOnceAndSharesIt() {
        assertThat(BUNDLED.series(SPY).orElseThrow())
                .isSameAs(BUNDLED.series(SPY).orElseThrow());
    }

    @Test
    void everyTickerDecodesToTheRangeItsIndexClaims() {
        for (Ticker t : BUNDLED.tickers()) {
            PriceSeries s = BUNDLED.series(t).orElseThrow();
            assertThat(s.first()).isEqualTo(BUNDLED.first(t).orElseThrow());
            assertThat(s.last()).isEqualTo(BUNDLED.last(t).orElseThrow());
        }
    }

    @Test
    void knowsNothingOfAnUnknownTicker() {
        Ticker nope = new Ticker("NOPE");

        assertThat(BUNDLED.series(nope)).isEmpty();
        assertThat(BUNDLED.first(nope)).isEmpty();
        assertThat(BUNDLED.last(nope)).isEmpty();
        assertThat(BUNDLED.load(nope).errors())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("unknown-ticker"));
    }

    @Test
    void refusesBytesThatAreNotABundle() throws IOException {
        byte[] good;
        try (InputStream in = BundledPrices.class.getResourceAsStream(BundledPrices.RESOURCE)) {
            good = in.readAllBytes();
        }
        byte[] badMagic = good.clone();
        badMagic[0] = 0;
        byte[] badVersion = good.clone();
        badVersion[7] = 99;
        byte[] truncated = Arrays.copyOf(good, good.length - 1);

        assertThatThrownBy(() -> BundledPrices.of(badMagic)).hasMessageContaining("bad magic");
        assertThatThrownBy(() -> BundledPrices.of(badVersion)).hasMessageContaining("version 99");
        assertThatThrownBy(() -> BundledPrices.of(truncated)).hasMessageContaining("corrupt");
        assertThatThrownBy(() -> BundledPrices.of(new byte[] {0x4F, 0x47})).hasMessageContaining("corrupt");
    }
}
