package com.oragami.server.backtest;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.format.SymphonyReader;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceSource;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stored symphony made ready to evaluate: read from its canonical JSON, the prices of its tickers
 * and the benchmark loaded into one aligned table, the evaluator prepared. Backtest runs and the
 * decision trace of a day both start here, so a re-evaluated day sees the same table as the run.
 */
record PreparedSymphony(Symphony symphony, PriceTable table, SymphonyEvaluator evaluator, Optional<Ticker> benchmark) {

    static Parsed<PreparedSymphony> prepare(
            String canonicalJson, @org.jspecify.annotations.Nullable String benchmark, PriceSource prices) {
        Parsed<SymphonyDocument> read = SymphonyReader.read("symphony", canonicalJson);
        if (!read.isOk()) {
            return Parsed.failed(read.problems());
        }
        Symphony symphony = read.get().symphony();
        Optional<Ticker> bench = Optional.ofNullable(benchmark).flatMap(Ticker::parse);
        Set<Ticker> tickers = new TreeSet<>(symphony.tickers());
        bench.ifPresent(tickers::add);
        List<PriceSeries> series = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Ticker ticker : tickers) {
            Parsed<PriceSeries> loaded = prices.load(ticker);
            loaded.value().ifPresent(series::add);
            problems.addAll(loaded.errors());
        }
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        PriceTable table = PriceTable.of(series);
        Parsed<SymphonyEvaluator> evaluator = SymphonyEvaluator.prepare(symphony, table);
        if (!evaluator.isOk()) {
            return Parsed.failed(evaluator.problems());
        }
        return Parsed.of(new PreparedSymphony(symphony, table, evaluator.get(), bench), evaluator.problems());
    }
}
