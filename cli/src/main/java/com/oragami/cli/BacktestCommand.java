package com.oragami.cli;

import com.oragami.engine.Parsed;
import com.oragami.engine.backtest.Backtest;
import com.oragami.engine.backtest.BacktestResult;
import com.oragami.engine.backtest.BacktestSettings;
import com.oragami.engine.backtest.EvaluatorTargets;
import com.oragami.engine.backtest.Fees;
import com.oragami.engine.backtest.RebalanceDay;
import com.oragami.engine.backtest.Trade;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.metrics.ComposerStats;
import com.oragami.engine.metrics.QuantStats;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Simulate a symphony day by day: decide at each close with data through that close, trade at that close,"
                    + " earn the next day's returns.",
            "Prints a summary, or with --json one document with metrics, Composer's statistics, equity, allocations"
                    + " and rebalances."
        })
final class BacktestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Symphony file.")
    Path file;

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            description = "First day (default: as early as the data allow).")
    @Nullable
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: the last day with data).")
    @Nullable
    LocalDate to;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--no-fees", description = "Leave out the SEC fee and FINRA TAF on sells.")
    boolean noFees;

    @Option(
            names = "--benchmark",
            paramLabel = "TICKER",
            defaultValue = "SPY",
            description = "Benchmark ticker (default: ${DEFAULT-VALUE}).")
    String benchmark;

    @Option(
            names = "--rebalance",
            paramLabel = "R",
            description = "Override the symphony's rebalance: none, daily, weekly, monthly, quarterly, yearly, or a"
                    + " corridor width such as 5%% or 0.05 for threshold rebalancing.")
    @Nullable
    String rebalance;

    @Option(names = "--trace", description = "With --json, include the decisions of every rebalance day.")
    boolean trace;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    PriceOptions prices;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        simulation.validate();
        if (from != null && to != null && from.isAfter(to)) {
            throw new UserError("--from " + from + " is after --to " + to);
        }
        Ticker benchmarkTicker = Ticker.parse(benchmark)
                .orElseThrow(() -> new UserError("--benchmark: not a ticker: \"" + benchmark + "\""));
        Rebalance schedule = rebalance == null ? null : parseRebalance(rebalance);

        SymphonyDocument document = SymphonyFiles.require(file, err);
        Symphony symphony = document.symphony();
        Set<Ticker> tickers = new HashSet<>(symphony.tickers());
        tickers.add(benchmarkTicker);
        PriceTable table = prices.load(tickers, err);
        SymphonyEvaluator evaluator = EvaluateCommand.prepare(symphony, table, err);

        BacktestSettings settings = new BacktestSettings(
                Optional.ofNullable(from),
                Optional.ofNullable(to),
                simulation.capital,
                simulation.slippageBps,
                noFees ? Fees.NONE : Fees.DEFAULT,
                Optional.of(benchmarkTicker));
        Parsed<BacktestResult> run = Backtest.run(
                new EvaluatorTargets(evaluator), table, schedule != null ? schedule : symphony.rebalance(), settings);
        if (!run.isOk()) {
            // the errors only, one line each: start warnings would bury them
            run.errors().forEach(p -> err.println("oragami: " + p.message()));
            throw UserError.reported();
        }
        BacktestResult result = run.get();
        List<String> warnings = new ArrayList<>();
        table.syntheticTickers().forEach(t -> warnings.add("synthetic prices (not market data) for " + t));
        result.warnings().forEach(p -> warnings.add(p.message()));
        if (json) {
            out.println(Json.write(document(symphony, benchmarkTicker, result, warnings)));
        } else {
            summary(out, symphony, benchmarkTicker, result, warnings);
        }
        return 0;
    }

    static Rebalance parseRebalance(String text) {
        Optional<Rebalance.Frequency> frequency = Rebalance.Frequency.ofScoreName(text.trim());
        if (frequency.isPresent()) {
            return Rebalance.every(frequency.get());
        }
        try {
            String t = text.trim();
            double width =
                    t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
            if (width > 0 && width < 1) {
                return Rebalance.threshold(width);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError("--rebalance must be none, daily, weekly, monthly, quarterly, yearly or a corridor width"
                + " between 0 and 100 % (5% or 0.05), got \"" + text + "\"");
    }

    private Map<String, Object> document(
            Symphony symphony, Ticker benchmarkTicker, BacktestResult result, List<String> warnings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("symphony", symphony.name());
        doc.put("start", result.dates().get(0));
        doc.put("end", result.dates().get(result.size() - 1));
        doc.put("warnings", warnings);
        doc.put("metrics", result.metrics().asMap());
        doc.put("composer_stats", result.composerStats().asMap());
        Map<String, Object> bench = new LinkedHashMap<>();
        bench.put("ticker", benchmarkTicker.symbol());
        bench.put("metrics", result.benchmarkMetrics().map(QuantStats::asMap).orElse(null));
        bench.put(
                "composer_stats",
                result.benchmarkComposerStats().map(ComposerStats::asMap).orElse(null));
        bench.put(
                "equity",
                result.benchmarkValues()
                        .map(v -> SimulationOptions.series(result.dates(), v))
                        .orElse(List.of()));
        doc.put("benchmark", bench);
        doc.put("equity", SimulationOptions.series(result.dates(), result.values()));
        doc.put("allocations", allocations(result));
        doc.put("rebalances", result.rebalances().stream().map(this::rebalance).toList());
        return doc;
    }

    private static List<Map<String, Object>> allocations(BacktestResult result) {
        List<Map<String, Object>> days = new ArrayList<>(result.size());
        for (int i = 0; i < result.size(); i++) {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (Map.Entry<Ticker, double[]> e : result.targetWeights().entrySet()) {
                double w = e.getValue()[i];
                if (w > 0) {
                    weights.put(e.getKey().symbol(), w);
                }
            }
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", result.dates().get(i));
            day.put("weights", weights);
            days.add(day);
        }
        return days;
    }

    private Map<String, Object> rebalance(RebalanceDay day) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("date", day.date());
        entry.put("trades", day.trades());
        Map<String, Double> costs = new LinkedHashMap<>();
        costs.put(
                "slippage",
                day.trades().stream().mapToDouble(Trade::slippageCost).sum());
        costs.put("fees", day.trades().stream().mapToDouble(Trade::fees).sum());
        entry.put("costs", costs);
        if (trace) {
            entry.put(
                    "decisions",
                    day.decisions().stream().map(EvaluateCommand::traceEntry).toList());
        }
        return entry;
    }

    private static void summary(
            PrintWriter out, Symphony symphony, Ticker benchmark, BacktestResult result, List<String> warnings) {
        LocalDate start = result.dates().get(0);
        LocalDate end = result.dates().get(result.size() - 1);
        out.println(symphony.name());
        out.printf(
                "%s to %s, %d trading days, %d rebalance days%n",
                start, end, result.size(), result.rebalances().size());
        out.printf(
                "final value %,.2f   slippage %,.2f   fees %,.2f%n",
                result.finalValue(), result.totalSlippage(), result.totalFees());
        out.println();
        Map<String, Double> mine = result.metrics().asMap();
        Map<String, Double> theirs =
                result.benchmarkMetrics().map(QuantStats::asMap).orElse(Map.of());
        out.printf("%-28s %14s %14s%n", "metrics (quantstats)", "strategy", benchmark.symbol());
        mine.forEach((name, value) -> out.printf("%-28s %14s %14s%n", name, format(value), format(theirs.get(name))));
        out.println();
        Map<String, Double> stats = result.composerStats().asMap();
        Map<String, Double> benchStats =
                result.benchmarkComposerStats().map(ComposerStats::asMap).orElse(Map.of());
        out.printf("%-28s %14s %14s%n", "composer_stats", "strategy", benchmark.symbol());
        stats.forEach(
                (name, value) -> out.printf("%-28s %14s %14s%n", name, format(value), format(benchStats.get(name))));
        if (!warnings.isEmpty()) {
            out.println();
            warnings.forEach(w -> out.println("warning: " + w));
        }
    }

    private static String format(@Nullable Double value) {
        if (value == null || value.isNaN()) {
            return "-";
        }
        return String.format("%.4f", value);
    }
}
