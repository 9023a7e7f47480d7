package com.oragami.cli;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.Severity;
import com.oragami.engine.prices.BundledPrices;
import com.oragami.engine.prices.CsvPrices;
import com.oragami.engine.prices.LayeredPrices;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceSource;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.prices.SyntheticPrices;
import com.oragami.engine.symphony.Ticker;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR} and {@code --synthetic}: which prices a command uses. The bundled data set is
 * always the last layer; synthetic prices fill only tickers no source has, and are announced.
 */
final class PriceOptions {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Folder of <TICKER>.csv files (date,adj_close or date,open,high,low,close,adj_close,volume),"
                    + " used before the bundled data.")
    @Nullable
    Path data;

    @Option(
            names = "--synthetic",
            description = "Use deterministic synthetic prices (not market data) for tickers no data source has.")
    boolean synthetic;

    /** The prices of the tickers on one axis; a {@link UserError} if any is missing or broken. */
    PriceTable load(Collection<Ticker> tickers, PrintWriter err) {
        PriceSource source = source();
        List<PriceSeries> series = new ArrayList<>();
        List<Problem> broken = new ArrayList<>();
        TreeSet<Ticker> missing = new TreeSet<>();
        for (Ticker ticker : new TreeSet<>(tickers)) {
            Parsed<PriceSeries> loaded = source.load(ticker);
            if (loaded.isOk()) {
                series.add(loaded.get());
            } else if (loaded.errors().stream().allMatch(p -> p.code().equals("unknown-ticker"))) {
                missing.add(ticker);
            } else {
                broken.addAll(loaded.errors());
            }
        }
        if (!broken.isEmpty()) {
            ProblemPrinter.print(err, broken);
            throw new UserError("price data is broken; fix the files above");
        }
        if (!missing.isEmpty()) {
            String names = missing.stream().map(Ticker::symbol).collect(Collectors.joining(", "));
            if (!synthetic) {
                throw new UserError("no price data for " + names + " in " + source.describe()
                        + "; add <TICKER>.csv files with --data DIR, or pass --synthetic to use synthetic prices"
                        + " (not market data)");
            }
            SyntheticPrices made = new SyntheticPrices(calendar(series));
            missing.forEach(t -> series.add(made.series(t).orElseThrow()));
            err.println(new Problem(
                    Severity.WARNING,
                    "synthetic-prices",
                    "synthetic prices (not market data) for " + missing.size() + " ticker(s): " + names,
                    com.oragami.engine.Location.UNKNOWN));
        }
        return PriceTable.of(series);
    }

    private PriceSource source() {
        if (data == null) {
            return BundledPrices.standard();
        }
        if (!Files.isDirectory(data)) {
            throw new UserError("--data " + data + ": not a folder");
        }
        return LayeredPrices.firstOf(CsvPrices.directory(data), BundledPrices.standard());
    }

    /** Synthetic prices follow the real trading days: the bundled SPY's plus those of the loaded series. */
    private static LocalDate[] calendar(List<PriceSeries> real) {
        TreeSet<LocalDate> days = new TreeSet<>();
        BundledPrices.standard().series(Ticker.of("SPY")).ifPresent(s -> days.addAll(Arrays.asList(s.dates())));
        real.forEach(s -> days.addAll(Arrays.asList(s.dates())));
        return days.toArray(LocalDate[]::new);
    }
}
