package com.oragami.cli;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.eval.DayEvaluation;
import com.oragami.engine.eval.Decision;
import com.oragami.engine.eval.FilterDecision;
import com.oragami.engine.eval.IfDecision;
import com.oragami.engine.eval.InverseVolatilityDecision;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Target weights of a symphony as of a day's close, and the decisions that led to them.")
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Symphony file.")
    Path file;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The trading day.")
    LocalDate date;

    @Option(names = "--json", description = "Print one JSON document: symphony, date, weights, trace, warnings.")
    boolean json;

    @Mixin
    PriceOptions prices;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SymphonyDocument document = SymphonyFiles.require(file, err);
        Symphony symphony = document.symphony();
        PriceTable table = prices.load(symphony.tickers(), err);
        SymphonyEvaluator evaluator = prepare(symphony, table, err);
        int day = Sessions.require(table, date);
        if (evaluator.firstDay() < 0 || day < evaluator.firstDay()) {
            String why =
                    evaluator.startWarnings().stream().map(Problem::message).collect(Collectors.joining("; "));
            throw new UserError(symphony.name() + " cannot be evaluated on " + date
                    + (evaluator.firstDay() < 0
                            ? ": its indicators never have enough history"
                            : ": its indicators are defined from " + table.date(evaluator.firstDay()))
                    + (why.isEmpty() ? "" : " (" + why + ")"));
        }
        DayEvaluation evaluation = evaluator.evaluate(day);
        List<String> warnings = new ArrayList<>();
        table.syntheticTickers().forEach(t -> warnings.add("synthetic prices (not market data) for " + t));
        evaluation.warnings().forEach(p -> warnings.add(p.message()));
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("symphony", symphony.name());
            doc.put("date", evaluation.date());
            doc.put("weights", weights(evaluation));
            doc.put(
                    "trace",
                    evaluation.decisions().stream()
                            .map(EvaluateCommand::traceEntry)
                            .toList());
            doc.put("warnings", warnings);
            out.println(Json.write(doc));
        } else {
            out.println(symphony.name() + " on " + evaluation.date());
            out.println("weights:");
            weights(evaluation).forEach((t, w) -> out.printf("  %-8s %8.4f%%%n", t, w * 100));
            out.println("decisions:");
            evaluation.decisions().forEach(d -> out.println("  " + describe(d)));
            warnings.forEach(w -> out.println("warning: " + w));
        }
        return 0;
    }

    static SymphonyEvaluator prepare(Symphony symphony, PriceTable table, PrintWriter err) {
        Parsed<SymphonyEvaluator> prepared = SymphonyEvaluator.prepare(symphony, table);
        if (!prepared.isOk()) {
            ProblemPrinter.print(err, prepared.problems());
            throw new UserError(symphony.name() + ": cannot be evaluated");
        }
        ProblemPrinter.print(
                err,
                prepared.warnings().stream()
                        .filter(p -> !prepared.get().startWarnings().contains(p))
                        .toList());
        return prepared.get();
    }

    /** Weights by ticker, largest first, with {@code $USD} for cash when there is any. */
    static Map<String, Double> weights(DayEvaluation evaluation) {
        Map<String, Double> weights = new LinkedHashMap<>();
        evaluation.allocation().weights().entrySet().stream()
                .sorted(Map.Entry.<Ticker, Double>comparingByValue().reversed())
                .forEach(e -> weights.put(e.getKey().symbol(), e.getValue()));
        if (evaluation.allocation().cash() > 1e-12) {
            weights.put(Ticker.CASH_SYMBOL, evaluation.allocation().cash());
        }
        return weights;
    }

    /** A decision as a JSON-ready map with its kind first. */
    static Map<String, Object> traceEntry(Decision decision) {
        Map<String, Object> entry = new LinkedHashMap<>();
        String kind = decision instanceof IfDecision
                ? "if"
                : decision instanceof FilterDecision ? "filter" : "inverse-volatility";
        entry.put("kind", kind);
        entry.put("decision", decision);
        return entry;
    }

    static String describe(Decision decision) {
        if (decision instanceof IfDecision d) {
            String tests = d.tested().stream()
                    .map(t -> t.comparison() + " [" + number(t.left()) + " vs " + number(t.right()) + "] " + t.result())
                    .collect(Collectors.joining("; "));
            return d.nodePath() + ": " + tests + " -> "
                    + (d.elseTaken() ? "else" : "then (if-child " + d.branchTaken() + ")");
        }
        if (decision instanceof FilterDecision d) {
            String candidates = d.candidates().stream()
                    .map(c -> c.label() + " " + number(c.score()) + (c.selected() ? " *" : ""))
                    .collect(Collectors.joining(", "));
            return d.nodePath() + ": " + d.ranking() + ": " + candidates;
        }
        InverseVolatilityDecision d = (InverseVolatilityDecision) decision;
        String candidates = d.candidates().stream()
                .map(c -> c.label() + " sd " + number(c.volatility()) + " -> " + number(c.weight()))
                .collect(Collectors.joining(", "));
        return d.nodePath() + ": inverse volatility: " + candidates;
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "undefined" : String.format("%.6g", value);
    }

    static void printProblems(PrintWriter err, List<Problem> problems) {
        ProblemPrinter.print(err, problems);
    }
}
