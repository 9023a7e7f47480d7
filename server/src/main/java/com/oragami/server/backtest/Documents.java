package com.oragami.server.backtest;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.Severity;
import com.oragami.engine.backtest.BacktestResult;
import com.oragami.engine.backtest.RebalanceDay;
import com.oragami.engine.backtest.Trade;
import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON documents a finished run keeps in {@code backtest_run}: problems, statistics (NaN as
 * null, since JSON has no NaN), daily series and rebalances. Dates are ISO strings.
 */
@Component
class Documents {

    record ProblemDoc(
            String severity, String code, String message, String source, int line, int column, String nodePath) {

        static ProblemDoc of(Problem p) {
            Location at = p.where();
            return new ProblemDoc(
                    p.severity().name(), p.code(), p.message(), at.source(), at.line(), at.column(), at.nodePath());
        }

        Problem problem() {
            return new Problem(Severity.valueOf(severity), code, message, new Location(source, line, column, nodePath));
        }
    }

    record MetricsDoc(
            String start,
            String end,
            int tradingDays,
            double finalValue,
            double totalSlippage,
            double totalFees,
            Map<String, @Nullable Double> metrics,
            Map<String, @Nullable Double> composerStats,
            Map<String, @Nullable Double> benchmarkMetrics,
            Map<String, @Nullable Double> benchmarkComposerStats) {}

    record SeriesDoc(
            List<String> dates,
            double[] values,
            double @Nullable [] benchmark,
            Map<String, double[]> targetWeights,
            Map<String, double[]> heldWeights) {}

    record TradeDoc(
            String ticker,
            String side,
            double shares,
            double price,
            double notional,
            double slippageCost,
            double fees) {}

    record RebalanceDoc(String date, List<TradeDoc> trades) {}

    private static final TypeReference<List<ProblemDoc>> PROBLEMS = new TypeReference<>() {};
    private static final TypeReference<List<RebalanceDoc>> REBALANCES = new TypeReference<>() {};

    private final JsonMapper json;

    Documents(JsonMapper json) {
        this.json = json;
    }

    String problems(List<Problem> problems) {
        return json.writeValueAsString(problems.stream().map(ProblemDoc::of).toList());
    }

    List<Problem> problems(String text) {
        return json.readValue(text, PROBLEMS).stream().map(ProblemDoc::problem).toList();
    }

    String metrics(BacktestResult result) {
        return json.writeValueAsString(new MetricsDoc(
                result.dates().get(0).toString(),
                result.dates().get(result.size() - 1).toString(),
                result.size(),
                result.finalValue(),
                result.totalSlippage(),
                result.totalFees(),
                finite(result.metrics().asMap()),
                finite(result.composerStats().asMap()),
                result.benchmarkMetrics().map(m -> finite(m.asMap())).orElse(Map.of()),
                result.benchmarkComposerStats().map(m -> finite(m.asMap())).orElse(Map.of())));
    }

    MetricsDoc metrics(String text) {
        return json.readValue(text, MetricsDoc.class);
    }

    String series(BacktestResult result) {
        return json.writeValueAsString(new SeriesDoc(
                result.dates().stream().map(LocalDate::toString).toList(),
                result.values(),
                result.benchmarkValues().orElse(null),
                bySymbol(result.targetWeights()),
                bySymbol(result.heldWeights())));
    }

    SeriesDoc series(String text) {
        return json.readValue(text, SeriesDoc.class);
    }

    String rebalances(BacktestResult result) {
        List<RebalanceDoc> days = new ArrayList<>();
        for (RebalanceDay day : result.rebalances()) {
            List<TradeDoc> trades = new ArrayList<>();
            for (Trade t : day.trades()) {
                trades.add(new TradeDoc(
                        t.ticker().symbol(),
                        t.side().name(),
                        t.shares(),
                        t.price(),
                        t.notional(),
                        t.slippageCost(),
                        t.fees()));
            }
            days.add(new RebalanceDoc(day.date().toString(), trades));
        }
        return json.writeValueAsString(days);
    }

    List<RebalanceDoc> rebalances(String text) {
        return json.readValue(text, REBALANCES);
    }

    private static Map<String, double[]> bySymbol(Map<Ticker, double[]> weights) {
        Map<String, double[]> out = new LinkedHashMap<>();
        weights.forEach((t, w) -> out.put(t.symbol(), w));
        return out;
    }

    private static Map<String, @Nullable Double> finite(Map<String, Double> stats) {
        Map<String, @Nullable Double> out = new LinkedHashMap<>();
        stats.forEach((k, v) -> out.put(k, v == null || !Double.isFinite(v) ? null : v));
        return out;
    }
}
