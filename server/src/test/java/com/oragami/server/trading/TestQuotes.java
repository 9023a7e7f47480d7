package com.oragami.server.trading;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.symphony.Ticker;
import com.oragami.server.marketdata.MarketData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live prices for tests: a ticker's bundled history before today plus today's bar, whose close is
 * the price a test set for it (else the bundled close of the day); a ticker a test made missing
 * fails with {@code live-price-missing}, as {@code LivePrices} does when the vendor has no trade.
 */
final class TestQuotes implements LiveQuotes {

    private final MarketData marketData;
    private final Map<String, Double> prices = new ConcurrentHashMap<>();
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    TestQuotes(MarketData marketData) {
        this.marketData = marketData;
    }

    void price(LocalDate date, String ticker, double price) {
        prices.put(date + "|" + ticker, price);
    }

    void missing(String ticker) {
        missing.add(ticker);
    }

    void reset() {
        prices.clear();
        missing.clear();
    }

    @Override
    public Parsed<PriceSeries> series(Ticker ticker, Instant now) {
        LocalDate today = now.atZone(MutableClock.NEW_YORK).toLocalDate();
        if (missing.contains(ticker.symbol())) {
            return Parsed.failed(Problem.error(
                    "live-price-missing",
                    "no live price for " + ticker + ": the vendor has no trade",
                    Location.UNKNOWN));
        }
        Parsed<PriceSeries> history = marketData.load(ticker);
        if (history.value().isEmpty()) {
            return history;
        }
        PriceSeries all = history.get();
        int n = 0;
        while (n < all.size() && all.dates()[n].isBefore(today)) {
            n++;
        }
        Double live = prices.get(today + "|" + ticker.symbol());
        if (live == null) {
            if (n >= all.size() || !all.dates()[n].equals(today)) {
                return Parsed.failed(Problem.error(
                        "live-price-missing", "no live price for " + ticker + " on " + today, Location.UNKNOWN));
            }
            live = all.closes()[n];
        }
        LocalDate[] dates = Arrays.copyOf(all.dates(), n + 1);
        double[] closes = Arrays.copyOf(all.closes(), n + 1);
        dates[n] = today;
        closes[n] = live;
        return Parsed.of(new PriceSeries(ticker, dates, closes, false));
    }
}
