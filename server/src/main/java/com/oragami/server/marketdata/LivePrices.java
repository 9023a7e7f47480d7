package com.oragami.server.marketdata;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.calendar.TradingCalendar;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.prices.PriceSource;
import com.oragami.engine.symphony.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Prices for the daily run: a ticker's stored history with today's bar appended, its close being
 * the latest trade — the engine then treats it exactly as a backtest treats a close.
 *
 * <p>Anything short of that is an evaluation failure (an error {@link Problem}; the trading feature
 * liquidates the symphonies that need the ticker): {@code not-a-session} (the exchange is closed
 * today), {@code live-price-unavailable} (no live provider configured), {@code live-price-missing}
 * (the provider failed or has no trade), {@code live-price-stale} (the trade is from another day or
 * older than {@code MARKETDATA_LIVE_MAX_AGE}, default 15 minutes), {@code history-stale} (the
 * stored history does not reach the previous session), {@code market-data-flagged} (a quality flag
 * in the last ten days), or the history's own problem ({@code unknown-ticker}, …).
 */
@Service
public class LivePrices {

    /** Flags this recent (calendar days) stop the live run for the ticker. */
    static final int RECENT_FLAG_DAYS = 10;

    private final MarketData marketData;
    private final CoverageRepository coverage;
    private final Providers providers;
    private final TradingCalendar calendar;
    private final Duration maxAge;

    LivePrices(
            MarketData marketData,
            CoverageRepository coverage,
            Providers providers,
            TradingCalendar calendar,
            MarketDataProperties properties) {
        this.marketData = marketData;
        this.coverage = coverage;
        this.providers = providers;
        this.calendar = calendar;
        this.maxAge = properties.liveMaxAge();
    }

    /** History of {@code ticker} through the previous session plus today's bar from the latest trade at {@code now}. */
    public Parsed<PriceSeries> series(Ticker ticker, Instant now) {
        LocalDate today = now.atZone(NyseCalendar.ZONE).toLocalDate();
        if (!calendar.covers(today) || !calendar.isSession(today)) {
            return fail("not-a-session", "no live price for " + ticker + ": " + today + " is not a trading session");
        }
        Optional<PriceProvider> provider = providers.forLive();
        if (provider.isEmpty()) {
            return fail(
                    "live-price-unavailable",
                    "no live price for " + ticker + ": no live provider is configured; set MARKETDATA_LIVE_PROVIDER"
                            + " (alpaca or alphavantage) and its key in .env");
        }
        Parsed<PriceSeries> history = marketData.load(ticker);
        if (history.value().isEmpty()) {
            return history;
        }
        LocalDate previous = calendar.previous(today);
        PriceSeries past = before(history.value().get(), today);
        if (past.size() == 0 || past.last().isBefore(previous)) {
            return fail(
                    "history-stale",
                    "no live price for " + ticker + ": its history ends "
                            + (past.size() == 0
                                    ? "before any session"
                                    : past.last().toString())
                            + ", the previous session is " + previous + "; the daily sync has not caught up");
        }
        LocalDate since = today.minusDays(RECENT_FLAG_DAYS);
        Optional<QualityFlag> recent = coverage.flags(List.of(ticker)).getOrDefault(ticker, List.of()).stream()
                .filter(flag -> !flag.day().isBefore(since))
                .findFirst();
        if (recent.isPresent()) {
            return fail("market-data-flagged", "no live price for " + ticker + ": flagged data " + recent.get());
        }
        LatestTrade trade;
        try {
            trade = provider.get().latest(ticker);
        } catch (ProviderException e) {
            return fail("live-price-missing", "no live price for " + ticker + ": " + e.getMessage());
        }
        LocalDate tradeDay = trade.at().atZone(NyseCalendar.ZONE).toLocalDate();
        Duration age = Duration.between(trade.at(), now);
        if (!tradeDay.equals(today) || age.compareTo(maxAge) > 0) {
            LocalTime at = trade.at().atZone(NyseCalendar.ZONE).toLocalTime().truncatedTo(ChronoUnit.SECONDS);
            return fail(
                    "live-price-stale",
                    "no live price for " + ticker + ": the latest trade is from " + tradeDay + " " + at
                            + " New York, more than " + maxAge.toMinutes() + " minutes before " + now);
        }
        LocalDate[] dates = Arrays.copyOf(past.dates(), past.size() + 1);
        double[] closes = Arrays.copyOf(past.closes(), past.size() + 1);
        dates[past.size()] = today;
        closes[past.size()] = trade.price();
        return Parsed.of(new PriceSeries(ticker, dates, closes, false), history.problems());
    }

    /** A price source for one evaluation at {@code now}: every series ends with today's live bar. */
    public PriceSource asOf(Instant now) {
        return new PriceSource() {
            @Override
            public String describe() {
                return "live prices at " + now;
            }

            @Override
            public Optional<PriceSeries> series(Ticker ticker) {
                return LivePrices.this.series(ticker, now).value();
            }

            @Override
            public Set<Ticker> tickers() {
                return marketData.tickers();
            }

            @Override
            public Parsed<PriceSeries> load(Ticker ticker) {
                return LivePrices.this.series(ticker, now);
            }
        };
    }

    private static PriceSeries before(PriceSeries series, LocalDate day) {
        int n = series.size();
        while (n > 0 && !series.dates()[n - 1].isBefore(day)) {
            n--;
        }
        if (n == series.size()) {
            return series;
        }
        return new PriceSeries(
                series.ticker(),
                Arrays.copyOf(series.dates(), n),
                Arrays.copyOf(series.closes(), n),
                series.synthetic());
    }

    private static Parsed<PriceSeries> fail(String code, String message) {
        return Parsed.failed(Problem.error(code, message, Location.UNKNOWN));
    }
}
