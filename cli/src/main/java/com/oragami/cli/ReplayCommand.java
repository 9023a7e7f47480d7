package com.oragami.cli;

import com.oragami.engine.Parsed;
import com.oragami.engine.backtest.Backtest;
import com.oragami.engine.backtest.BacktestResult;
import com.oragami.engine.backtest.BacktestSettings;
import com.oragami.engine.backtest.EvaluatorTargets;
import com.oragami.engine.backtest.Fees;
import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.PlanSettings;
import com.oragami.engine.trading.Replay;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Paper-trade symphonies over past NYSE sessions: all of them in one simulated account, the daily run at"
                    + " each close (netting between symphonies, $1 minimum, whole-cent notionals), the simulated"
                    + " broker filling at the close with slippage.",
            "Prints one JSON document: per symphony its equity and the trades it made, and the largest relative"
                    + " daily difference from its own backtest (same capital and slippage, no fees)."
        })
final class ReplayCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Symphony files, deployed together.")
    List<Path> files;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First session.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last session.")
    LocalDate to;

    @Mixin
    SimulationOptions simulation;

    @Option(
            names = "--exact",
            description = "No $1 order minimum and notionals to the micro-dollar instead of Alpaca's rules.")
    boolean exact;

    @Option(names = "--no-compare", description = "Leave out the comparison with the backtests.")
    boolean noCompare;

    @Mixin
    PriceOptions prices;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        simulation.validate();
        if (from.isAfter(to)) {
            throw new UserError("--from " + from + " is after --to " + to);
        }
        List<Symphony> symphonies = new ArrayList<>();
        TreeSet<Ticker> tickers = new TreeSet<>();
        for (Path file : files) {
            Symphony symphony = SymphonyFiles.require(file, err).symphony();
            symphonies.add(symphony);
            tickers.addAll(symphony.tickers());
        }
        PriceTable table = prices.load(tickers, err);
        Money perSymphony = Money.valued(BigDecimal.valueOf(simulation.capital));
        List<Replay.Deployment> deployments = new ArrayList<>();
        List<SymphonyEvaluator> evaluators = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            SymphonyEvaluator evaluator = EvaluateCommand.prepare(symphonies.get(i), table, err);
            evaluators.add(evaluator);
            deployments.add(new Replay.Deployment(
                    files.get(i).toString(), evaluator, symphonies.get(i).rebalance(), perSymphony));
        }
        PlanSettings settings =
                (exact ? PlanSettings.EXACT : PlanSettings.ALPACA).withSlippage(simulation.slippageBps / 10_000);
        Parsed<Replay.Result> run = Replay.run(deployments, table, NyseCalendar.standard(), from, to, settings);
        if (!run.isOk()) {
            ProblemPrinter.print(err, run.problems());
            throw new UserError("the replay cannot run");
        }
        ProblemPrinter.print(err, run.problems());
        Replay.Result result = run.get();

        Map<String, Object> doc = new LinkedHashMap<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        double worst = 0;
        for (int i = 0; i < result.symphonies().size(); i++) {
            Replay.SymphonyReplay replay = result.symphonies().get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", replay.name());
            entry.put("equity", SimulationOptions.series(replay.dates(), replay.values()));
            entry.put("orders", replay.orders());
            entries.add(entry);
            if (!noCompare && !replay.dates().isEmpty()) {
                worst = Math.max(worst, difference(evaluators.get(i), table, replay));
            }
        }
        doc.put("symphonies", entries);
        if (!noCompare) {
            doc.put("max_difference_vs_backtest", worst);
        }
        out.println(Json.write(doc));
        return 0;
    }

    private double difference(SymphonyEvaluator evaluator, PriceTable table, Replay.SymphonyReplay replay) {
        BacktestSettings settings = new BacktestSettings(
                Optional.of(from),
                Optional.of(to),
                simulation.capital,
                simulation.slippageBps,
                Fees.NONE,
                Optional.empty());
        Parsed<BacktestResult> backtest = Backtest.run(
                new EvaluatorTargets(evaluator), table, evaluator.symphony().rebalance(), settings);
        return backtest.isOk() ? replay.maxRelativeDifference(backtest.get()) : Double.NaN;
    }
}
