package com.oragami.engine.prices;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.symphony.Ticker;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Daily closes from CSV files: a whole directory of {@code <TICKER>.csv} files ({@link
 * #directory}) or one file ({@link #readFile}).
 *
 * <p>The header decides the layout. It must name a {@code date} column and a price column: {@code
 * adj_close} when present (layouts {@code date,adj_close} and {@code
 * date,open,high,low,close,adj_close,volume}), else {@code close} ({@code date,close}). Header names
 * are matched ignoring case and surrounding blanks, with {@code "adj close"} accepted for {@code
 * adj_close}; other columns are ignored. Dates are ISO ({@code 2024-01-31}); blank lines are
 * skipped.
 *
 * <p>Strict: every bad row gives a {@link Problem} naming {@code file:line} and what is wrong — a
 * bad date ({@code csv-bad-date}), a price that is not a number ({@code csv-price-not-numeric}) or
 * not positive ({@code csv-price-not-positive}), a row with fewer fields than the header needs
 * ({@code csv-missing-column}), a date not after the previous one ({@code csv-dates-not-ascending},
 * {@code csv-duplicate-date}) — and the whole file is rejected: nothing partial is used. All
 * problems of a file are reported in one pass.
 *
 * <p>A directory source lists its files once, when made, and reads each ticker's file on first use,
 * caching the result (also a failure); it is thread-safe.
 */
public final class CsvPrices implements PriceSource {

    /** A plain decimal, optionally with an exponent: no hex, no NaN/Infinity, no type suffix. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final Path dir;
    private final Map<Ticker, Path> files;
    private final List<Problem> listingProblems;
    private final Map<Ticker, Parsed<PriceSeries>> loaded = new ConcurrentHashMap<>();

    private CsvPrices(Path dir, Map<Ticker, Path> files, List<Problem> listingProblems) {
        this.dir = dir;
        this.files = files;
        this.listingProblems = listingProblems;
    }

    /**
     * A source over the {@code <TICKER>.csv} files of a directory. A file whose name is not a valid
     * ticker is ignored; a directory that cannot be listed gives a source that knows no ticker, and
     * {@link #load} then names the reason.
     */
    public static CsvPrices directory(Path dir) {
        Map<Ticker, Path> files = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(Files::isRegularFile).forEach(file -> {
                String name = file.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    Ticker.parse(name.substring(0, name.length() - 4)).ifPresent(t -> files.put(t, file));
                }
            });
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(
                    "price-directory-unreadable",
                    "cannot list price directory " + dir + ": " + oneLine(e),
                    Location.of(dir.toString(), 0, 0)));
        }
        return new CsvPrices(dir, Map.copyOf(files), List.copyOf(problems));
    }

    @Override
    public String describe() {
        return "CSV prices from " + dir + " (" + files.size() + " tickers)";
    }

    /** The series, or empty if the ticker has no file or its file is broken (see {@link #load}). */
    @Override
    public Optional<PriceSeries> series(Ticker ticker) {
        return load(ticker).value();
    }

    /** The series with every problem of its file, or a failure saying there is no file for it. */
    @Override
    public Parsed<PriceSeries> load(Ticker ticker) {
        Path file = files.get(ticker);
        if (file == null) {
            List<Problem> problems = new ArrayList<>(listingProblems);
            problems.add(Problem.error(
                    "unknown-ticker",
                    "no prices for " + ticker + ": " + dir.resolve(ticker.symbol() + ".csv") + " does not exist",
                    Location.of(dir.toString(), 0, 0)));
            return Parsed.failed(problems);
        }
        return loaded.computeIfAbsent(ticker, t -> readFile(file, t));
    }

    @Override
    public Set<Ticker> tickers() {
        return files.keySet();
    }

    /** Reads one CSV file of closes for a ticker; never throws for bad content or I/O. */
    public static Parsed<PriceSeries> readFile(Path file, Ticker ticker) {
        String source = file.toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, source, ticker);
        } catch (IOException | RuntimeException e) {
            return Parsed.failed(Problem.error(
                    "price-file-unreadable", "cannot read " + source + ": " + oneLine(e), Location.of(source, 0, 0)));
        }
    }

    /** Reads CSV text; {@code source} names it in problems. */
    static Parsed<PriceSeries> read(BufferedReader in, String source, Ticker ticker) throws IOException {
        List<Problem> problems = new ArrayList<>();
        int lineNo = 0;
        String header;
        do {
            header = in.readLine();
            lineNo++;
        } while (header != null && header.isBlank());
        if (header == null) {
            return Parsed.failed(
                    Problem.error("csv-empty", "empty file: expected a header such as date,adj_close", at(source, 1)));
        }
        Optional<Header> columns = Header.of(header);
        if (columns.isEmpty()) {
            return Parsed.failed(Problem.error(
                    "csv-missing-column",
                    "header must name a date and an adj_close or close column, got \"" + header.trim() + "\"",
                    at(source, lineNo)));
        }
        int dateColumn = columns.get().date();
        int priceColumn = columns.get().price();
        String priceName = columns.get().priceName();
        int needed = Math.max(dateColumn, priceColumn) + 1;

        List<LocalDate> dates = new ArrayList<>();
        double[] closes = new double[1024];
        LocalDate previous = null;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length < needed) {
                problems.add(Problem.error(
                        "csv-missing-column",
                        "expected " + needed + " fields up to " + priceName + ", got " + fields.length,
                        at(source, lineNo)));
                continue;
            }
            String dateText = fields[dateColumn].trim();
            LocalDate date = null;
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add(Problem.error(
                        "csv-bad-date", "date must be YYYY-MM-DD, got \"" + dateText + "\"", at(source, lineNo)));
            }
            String priceText = fields[priceColumn].trim();
            double price = NUMBER.matcher(priceText).matches() ? Double.parseDouble(priceText) : Double.NaN;
            if (Double.isNaN(price)) {
                problems.add(Problem.error(
                        "csv-price-not-numeric",
                        priceName + " must be a decimal number, got \"" + priceText + "\"",
                        at(source, lineNo)));
            } else if (Double.isInfinite(price)) {
                problems.add(Problem.error(
                        "csv-price-not-numeric", priceName + " is out of range, got " + priceText, at(source, lineNo)));
            } else if (!(price > 0)) {
                problems.add(Problem.error(
                        "csv-price-not-positive",
                        priceName + " must be positive, got " + priceText,
                        at(source, lineNo)));
            }
            if (date != null) {
                if (previous != null && date.equals(previous)) {
                    problems.add(
                            Problem.error("csv-duplicate-date", "date " + date + " appears twice", at(source, lineNo)));
                } else if (previous != null && date.isBefore(previous)) {
                    problems.add(Problem.error(
                            "csv-dates-not-ascending",
                            "dates must ascend, got " + date + " after " + previous,
                            at(source, lineNo)));
                } else {
                    previous = date;
                }
            }
            if (problems.isEmpty()) {
                if (dates.size() == closes.length) {
                    closes = Arrays.copyOf(closes, closes.length * 2);
                }
                closes[dates.size()] = price;
                dates.add(date);
            }
        }
        if (problems.isEmpty() && dates.isEmpty()) {
            problems.add(Problem.error("csv-empty", "a header but no rows", at(source, lineNo)));
        }
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        return Parsed.of(
                new PriceSeries(ticker, dates.toArray(LocalDate[]::new), Arrays.copyOf(closes, dates.size()), false));
    }

    /** Where the date and the price are in a CSV header: adj_close if present, else close. */
    record Header(int date, int price, String priceName) {

        static Optional<Header> of(String line) {
            String[] names = line.replace("\uFEFF", "").split(",", -1);
            int date = -1;
            int adjClose = -1;
            int close = -1;
            for (int i = 0; i < names.length; i++) {
                String name = names[i].trim().toLowerCase(Locale.ROOT).replace(' ', '_');
                if (name.equals("date")) {
                    date = i;
                } else if (name.equals("adj_close")) {
                    adjClose = i;
                } else if (name.equals("close")) {
                    close = i;
                }
            }
            if (date < 0 || (adjClose < 0 && close < 0)) {
                return Optional.empty();
            }
            return Optional.of(
                    adjClose >= 0 ? new Header(date, adjClose, "adj_close") : new Header(date, close, "close"));
        }
    }

    private static Location at(String source, int line) {
        return Location.of(source, line, 0);
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
