package com.oragami.engine.trading;

import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.format.SymphonyReader;
import com.oragami.engine.prices.BundledPrices;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.prices.SyntheticPrices;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The three real symphonies of the replay test on one table of bundled prices (synthetic for any missing). */
final class RealSymphonies {

    static final List<String> FILES = List.of(
            "tqqq-for-the-long-term-original.edn",
            "tqqq-ftlt-front-runner-mods.defsymphony.edn",
            "simons-kmlm-full-build-threshold.defsymphony.edn");

    static final List<Symphony> SYMPHONIES = FILES.stream()
            .map(f -> SymphonyReader.read(Path.of("src/test/resources/symphonies/real", f))
                    .get()
                    .symphony())
            .toList();

    static final PriceTable PRICES = table();

    static final List<String> SYNTHETIC =
            PRICES.syntheticTickers().stream().map(Ticker::symbol).sorted().toList();

    private RealSymphonies() {}

    private static PriceTable table() {
        TreeSet<Ticker> tickers = new TreeSet<>();
        SYMPHONIES.forEach(s -> tickers.addAll(s.tickers()));
        BundledPrices bundled = BundledPrices.standard();
        SyntheticPrices synthetic = new SyntheticPrices(
                bundled.series(Ticker.of("SPY")).orElseThrow().dates());
        List<PriceSeries> series = new ArrayList<>();
        for (Ticker t : tickers) {
            series.add(bundled.series(t).or(() -> synthetic.series(t)).orElseThrow());
        }
        return PriceTable.of(series);
    }

    static SymphonyEvaluator evaluator(int i) {
        return SymphonyEvaluator.prepare(SYMPHONIES.get(i), PRICES).get();
    }
}
