package com.oragami.server.marketdata;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.prices.BundledPrices;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceSource;
import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;

/**
 * The feature's API: stored daily history as an engine {@link PriceSource} (adjusted closes, read
 * through the {@link SeriesCache}), what is stored per ticker, bars for charts, backfill requests
 * and the daily sync.
 *
 * <p>{@link #load(Ticker)} never throws for a ticker it lacks: it says why as a problem naming the
 * ticker — a backfill is running (and how far), it failed (and why), or no provider is configured
 * and which keys to set — and starts a backfill when a provider is configured. Quality flags come
 * back as warnings with the series: flagged, not silently used.
 *
 * <p>{@code @Primary}: it is the {@code PriceSource} backtests and symphony checks get; the
 * platform's plain bundled source stays for anything that asks for it by name.
 */
@Service
@Primary
public class MarketData implements PriceSource {

    /** The longest range {@link #bars} answers, in calendar days (about 20 years of sessions). */
    public static final int MAX_BARS_DAYS = 366 * 20;

    private final BarRepository bars;
    private final CoverageRepository coverage;
    private final SeriesCache cache;
    private final BundledLoader bundled;
    private final Backfill backfill;
    private final DailySync sync;
    private final Providers providers;

    MarketData(
            BarRepository bars,
            CoverageRepository coverage,
            SeriesCache cache,
            BundledLoader bundled,
            Backfill backfill,
            DailySync sync,
            Providers providers) {
        this.bars = bars;
        this.coverage = coverage;
        this.cache = cache;
        this.bundled = bundled;
        this.backfill = backfill;
        this.sync = sync;
        this.providers = providers;
    }

    @Override
    public String describe() {
        return "stored market data";
    }

    @Override
    public Optional<PriceSeries> series(Ticker ticker) {
        bundled.ensureLoaded(ticker);
        return cache.get(ticker);
    }

    /** Every ticker with stored bars, and every bundled one (loaded on first use). */
    @Override
    public Set<Ticker> tickers() {
        Set<Ticker> all = new TreeSet<>(BundledPrices.standard().tickers());
        coverage.all().stream().filter(Coverage::hasBars).map(Coverage::ticker).forEach(all::add);
        return all;
    }

    @Override
    public Parsed<PriceSeries> load(Ticker ticker) {
        Optional<PriceSeries> series = series(ticker);
        if (series.isPresent()) {
            return Parsed.of(
                    series.get(), warnings(coverage.flags(List.of(ticker)).getOrDefault(ticker, List.of())));
        }
        return Parsed.failed(missing(ticker));
    }

    /**
     * Makes the tickers of a symphony available: loads bundled ones, starts backfills for the others
     * when a provider is configured; returns a problem for each ticker not ready yet.
     */
    public List<Problem> prepare(Collection<Ticker> tickers) {
        List<Problem> problems = new ArrayList<>();
        for (Ticker ticker : new TreeSet<>(tickers)) {
            if (series(ticker).isEmpty()) {
                problems.add(missing(ticker));
            }
        }
        return problems;
    }

    private Problem missing(Ticker ticker) {
        Optional<Coverage> current = coverage.find(ticker);
        if (current.isPresent()) {
            Coverage c = current.get();
            switch (c.status()) {
                case QUEUED, RUNNING -> {
                    return pending(ticker, c);
                }
                case FAILED -> {
                    return Problem.error(
                            "market-data-failed",
                            "no prices for " + ticker + ": its backfill failed (" + c.message()
                                    + "); request the backfill again",
                            Location.UNKNOWN);
                }
                default -> {
                    // MISSING or COMPLETE without bars: fall through to a new backfill.
                }
            }
        }
        if (providers.forHistory().isEmpty()) {
            return Problem.error(
                    "unknown-ticker",
                    "no prices for " + ticker + ": it is not in the bundled data and no market data provider is"
                            + " configured; set MARKETDATA_PROVIDER (alpaca, alphavantage, eodhd or tiingo) and its"
                            + " key in .env",
                    Location.UNKNOWN);
        }
        return pending(ticker, backfill.request(ticker));
    }

    private Problem pending(Ticker ticker, Coverage c) {
        String how = c.status() == BackfillStatus.RUNNING
                ? String.format(Locale.ROOT, "is being backfilled (%.0f %%)", c.progress() * 100)
                : c.status() == BackfillStatus.FAILED
                        ? "could not be queued for a backfill (" + c.message() + ")"
                        : "is queued for a backfill";
        return Problem.error(
                "market-data-pending",
                "no prices for " + ticker + " yet: it " + how + "; try again when it completes",
                Location.UNKNOWN);
    }

    private static List<Problem> warnings(List<QualityFlag> flags) {
        Map<QualityFlag.Kind, List<QualityFlag>> byKind = new EnumMap<>(QualityFlag.Kind.class);
        for (QualityFlag flag : flags) {
            byKind.computeIfAbsent(flag.kind(), k -> new ArrayList<>()).add(flag);
        }
        List<Problem> warnings = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            QualityFlag first = list.get(0);
            String more = list.size() == 1 ? "" : " (and " + (list.size() - 1) + " more " + kind + " flags)";
            warnings.add(Problem.warning("market-data-flagged", "flagged data: " + first + more, Location.UNKNOWN));
        });
        return warnings;
    }

    /** What is stored for a ticker (bundled tickers are loaded first). */
    public Optional<Coverage> coverage(Ticker ticker) {
        bundled.ensureLoaded(ticker);
        return coverage.find(ticker);
    }

    /** The coverage of every stored ticker, in ticker order. */
    public List<Coverage> coverage() {
        return coverage.all();
    }

    /** The coverage of these tickers that are stored, in ticker order. */
    public List<Coverage> coverage(Collection<Ticker> tickers) {
        tickers.forEach(bundled::ensureLoaded);
        return coverage.find(tickers);
    }

    /**
     * Stored bars from {@code from} to {@code to} inclusive; problems {@code range-reversed} and
     * {@code range-too-long} (over {@link #MAX_BARS_DAYS} days).
     */
    public Parsed<List<Bar>> bars(Ticker ticker, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Parsed.failed(Problem.error(
                    "range-reversed", "bars: 'to' " + to + " is before 'from' " + from, Location.UNKNOWN));
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_BARS_DAYS) {
            return Parsed.failed(Problem.error(
                    "range-too-long",
                    "bars: at most " + MAX_BARS_DAYS + " days per request, asked " + from + " to " + to,
                    Location.UNKNOWN));
        }
        bundled.ensureLoaded(ticker);
        return Parsed.of(bars.bars(ticker, from, to, MAX_BARS_DAYS));
    }

    /** Whether a history provider is configured (backfills possible). */
    public boolean hasProvider() {
        return providers.forHistory().isPresent();
    }

    /**
     * Queues a backfill from inception; problem {@code no-provider} when none is configured. For a
     * bundled ticker the bundled history is loaded first and the fetched history spliced onto it.
     */
    public Parsed<Coverage> requestBackfill(Ticker ticker) {
        if (providers.forHistory().isEmpty()) {
            return Parsed.failed(Problem.error(
                    "no-provider",
                    "cannot backfill " + ticker + ": no market data provider is configured; set"
                            + " MARKETDATA_PROVIDER and its key in .env",
                    Location.UNKNOWN));
        }
        bundled.ensureLoaded(ticker);
        return Parsed.of(backfill.request(ticker));
    }

    /**
     * Appends the bars up to {@code session} for {@code tickers} from the history provider; the
     * trading feature's daily job may call this instead of the built-in schedule.
     *
     * @throws IllegalStateException when no provider is configured
     */
    public SyncReport sync(Collection<Ticker> tickers, LocalDate session) {
        return sync.sync(tickers, session);
    }
}
