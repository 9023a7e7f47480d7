package com.oragami.cli;

import com.oragami.engine.Parsed;
import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.prices.CsvPrices;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Ticker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

@Command(
        name = "indicator",
        mixinStandardHelpOptions = true,
        description = {
            "Print one indicator value as of a day's close, in Composer's internal unit:",
            "fractions for return-type functions (0.05 = 5 %%), 0-100 for RSI, dollars for price-type functions."
        })
final class IndicatorCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TICKER", description = "Ticker, e.g. SPY.")
    String ticker;

    @Parameters(
            index = "1",
            paramLabel = "FUNCTION",
            description =
                    "Composer function: current-price, moving-average-price, exponential-moving-average-price,"
                            + " relative-strength-index (rsi), cumulative-return, moving-average-return,"
                            + " standard-deviation-return (stdev-return), standard-deviation-price (stdev-price), max-drawdown.")
    String function;

    @Parameters(index = "2", arity = "0..1", paramLabel = "WINDOW", description = "Window in trading days.")
    @Nullable
    Integer window;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day (its close).")
    LocalDate date;

    @ArgGroup(exclusive = true)
    @Nullable
    Source source;

    static final class Source {
        @Option(
                names = "--prices",
                paramLabel = "FILE",
                description = "A date,close CSV, or a conformance JSON with a \"closes\" list of [date, close].")
        @Nullable
        Path prices;

        @Option(names = "--data", paramLabel = "DIR", description = "Folder of <TICKER>.csv files.")
        @Nullable
        Path data;
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Ticker symbol = Ticker.parse(ticker).orElseThrow(() -> new UserError("not a ticker: \"" + ticker + "\""));
        IndicatorKind kind = IndicatorKind.ofTextName(function)
                .orElseThrow(
                        () -> new UserError("unknown function \"" + function + "\"; see 'oragami indicator --help'"));
        if (!kind.supported()) {
            throw new UserError(kind.scoreName() + " is not supported (Composer does not support it either)");
        }
        int n = 0;
        if (kind.windowed()) {
            if (window == null) {
                throw new UserError(kind.scoreName() + " needs a WINDOW in trading days");
            }
            if (window < 1) {
                throw new UserError("WINDOW must be a whole number >= 1, got " + window);
            }
            n = window;
        }
        PriceSeries series = load(symbol, err);
        int day = Arrays.binarySearch(series.dates(), date);
        if (day < 0) {
            int before = -day - 2;
            throw new UserError("no close for " + symbol + " on " + date
                    + (before >= 0
                            ? "; the last close before it is on " + series.dates()[before]
                            : "; its data start on " + series.first()));
        }
        double value = kind.compute(series.closes(), n)[day];
        if (Double.isNaN(value)) {
            throw new UserError(kind.scoreName() + (kind.windowed() ? " over " + n + " days" : "") + " of " + symbol
                    + " is not defined on " + date + ": it needs " + (kind.firstIndex(n) + 1) + " closes, there are "
                    + (day + 1));
        }
        spec.commandLine().getOut().println(value);
        return 0;
    }

    private PriceSeries load(Ticker symbol, PrintWriter err) {
        if (source != null && source.prices != null) {
            Path file = source.prices;
            Parsed<PriceSeries> parsed = file.getFileName().toString().endsWith(".json")
                    ? readConformanceJson(file, symbol)
                    : CsvPrices.readFile(file, symbol);
            if (!parsed.isOk()) {
                ProblemPrinter.print(err, parsed.problems());
                throw new UserError(file + ": cannot read prices");
            }
            return parsed.get();
        }
        PriceOptions options = new PriceOptions();
        options.data = source == null ? null : source.data;
        PriceTable table = options.load(Set.of(symbol), err);
        double[] closes = table.closes(symbol);
        List<LocalDate> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            if (!Double.isNaN(closes[i])) {
                dates.add(table.date(i));
                values.add(closes[i]);
            }
        }
        return new PriceSeries(
                symbol,
                dates.toArray(LocalDate[]::new),
                values.stream().mapToDouble(Double::doubleValue).toArray(),
                table.isSynthetic(symbol));
    }

    /** Reads {@code "closes": [["2021-03-01", 389.48], ...]} from a conformance vector. */
    static Parsed<PriceSeries> readConformanceJson(Path file, Ticker ticker) {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> closes = new ArrayList<>();
        try (JsonParser parser =
                new JsonFactory().createParser(ObjectReadContext.empty(), Files.newInputStream(file))) {
            int depth = 0;
            boolean found = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token == JsonToken.PROPERTY_NAME && depth == 1 && "closes".equals(parser.currentName())) {
                    found = true;
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        return fail(file, "\"closes\" must be a list of [date, close] pairs");
                    }
                    while (parser.nextToken() == JsonToken.START_ARRAY) {
                        parser.nextToken();
                        String day = parser.getString();
                        parser.nextToken();
                        double close = parser.getDoubleValue();
                        if (parser.nextToken() != JsonToken.END_ARRAY) {
                            return fail(file, "each close must be a [date, close] pair");
                        }
                        dates.add(LocalDate.parse(day));
                        closes.add(close);
                    }
                }
            }
            if (!found) {
                return fail(file, "no \"closes\" list at the top level");
            }
            return Parsed.of(new PriceSeries(
                    ticker,
                    dates.toArray(LocalDate[]::new),
                    closes.stream().mapToDouble(Double::doubleValue).toArray(),
                    false));
        } catch (IOException | RuntimeException e) {
            return fail(file, "not a conformance JSON file: " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static Parsed<PriceSeries> fail(Path file, String message) {
        return Parsed.failed(com.oragami.engine.Problem.error(
                "prices-unreadable", message, com.oragami.engine.Location.of(file.toString(), 0, 0)));
    }
}
