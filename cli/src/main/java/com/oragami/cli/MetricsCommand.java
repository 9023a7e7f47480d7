package com.oragami.cli;

import com.oragami.engine.metrics.ComposerStats;
import com.oragami.engine.metrics.QuantStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "metrics",
        mixinStandardHelpOptions = true,
        description = {
            "quantstats' metrics and Composer's statistics of a daily return series or an equity curve.",
            "--returns takes a date,return CSV of simple daily returns (0.01 = 1 %); --equity a date,value CSV."
                    + " With --capital the first day's return is measured from the capital (so costs of the first"
                    + " buy count, as Composer counts them); without it the curve starts at its first value."
        })
final class MetricsCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--returns", paramLabel = "CSV", description = "date,return CSV.")
        @Nullable
        Path returns;

        @Option(names = "--equity", paramLabel = "CSV", description = "date,value CSV.")
        @Nullable
        Path equity;
    }

    @Option(names = "--capital", paramLabel = "N", description = "Starting capital for --equity.")
    @Nullable
    Double capital;

    @Option(names = "--json", description = "Print {\"metrics\": {...}, \"composer_stats\": {...}}.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        double[] returns;
        double[] values;
        List<LocalDate> dates;
        double start;
        if (input.returns != null) {
            if (capital != null) {
                throw new UserError("--capital applies to --equity only");
            }
            Column column = column(input.returns, "return");
            returns = column.values();
            // Composer's statistics count returns from the capital on: a base value of 1 the day
            // before the first return makes them exactly the given returns
            values = new double[returns.length + 1];
            values[0] = 1.0;
            dates = new ArrayList<>();
            dates.add(column.dates().get(0).minusDays(1));
            dates.addAll(column.dates());
            double v = 1.0;
            for (int i = 0; i < returns.length; i++) {
                if (!(returns[i] > -1)) {
                    throw new UserError(input.returns + ": a daily return must be greater than -1 (-100 %), got "
                            + returns[i] + " in data row " + (i + 1));
                }
                v *= 1 + returns[i];
                values[i + 1] = v;
            }
            start = 1.0;
        } else {
            Path file = java.util.Objects.requireNonNull(input.equity);
            Column column = column(file, "value");
            values = column.values();
            dates = column.dates();
            for (int i = 0; i < values.length; i++) {
                if (!(values[i] > 0)) {
                    throw new UserError(
                            file + ": values must be positive, got " + values[i] + " in data row " + (i + 1));
                }
            }
            if (capital != null) {
                if (!(capital > 0) || capital.isInfinite()) {
                    throw new UserError("--capital must be a positive amount, got " + capital);
                }
                start = capital;
                returns = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    returns[i] = values[i] / (i == 0 ? capital : values[i - 1]) - 1;
                }
            } else {
                start = values[0];
                returns = new double[values.length - 1];
                for (int i = 1; i < values.length; i++) {
                    returns[i - 1] = values[i] / values[i - 1] - 1;
                }
            }
        }
        Map<String, Double> metrics = QuantStats.of(returns).asMap();
        Map<String, Double> stats = ComposerStats.of(start, dates, values, null).asMap();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("metrics", metrics);
            doc.put("composer_stats", stats);
            out.println(Json.write(doc));
        } else {
            out.println("metrics (quantstats)");
            metrics.forEach((k, v) -> out.printf("  %-28s %s%n", k, v.isNaN() ? "-" : String.format("%.6f", v)));
            out.println("composer_stats");
            stats.forEach((k, v) -> out.printf("  %-28s %s%n", k, v.isNaN() ? "-" : String.format("%.6f", v)));
        }
        return 0;
    }

    /** The dated values of a two-column CSV. */
    record Column(List<LocalDate> dates, double[] values) {}

    /** The second column of a two-column CSV whose header is {@code date,<name>}; dates must ascend. */
    static Column column(Path file, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        if (lines.isEmpty() || !lines.get(0).trim().replace(" ", "").equalsIgnoreCase("date," + name)) {
            throw new UserError(file + ":1: the header must be date," + name);
        }
        List<Double> values = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 2) {
                throw new UserError(
                        file + ":" + (i + 1) + ": expected 2 columns (date," + name + "), got " + cells.length);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(cells[0].trim());
            } catch (DateTimeParseException e) {
                throw new UserError(file + ":" + (i + 1) + ": not a date (YYYY-MM-DD): \"" + cells[0].trim() + "\"");
            }
            if (previous != null && !date.isAfter(previous)) {
                throw new UserError(file + ":" + (i + 1) + ": dates must ascend, " + date + " follows " + previous);
            }
            previous = date;
            dates.add(date);
            try {
                double v = Double.parseDouble(cells[1].trim());
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                values.add(v);
            } catch (NumberFormatException e) {
                throw new UserError(file + ":" + (i + 1) + ": not a number: \"" + cells[1].trim() + "\"");
            }
        }
        if (values.size() < 2) {
            throw new UserError(file + ": needs at least 2 data rows, got " + values.size());
        }
        return new Column(
                dates, values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
