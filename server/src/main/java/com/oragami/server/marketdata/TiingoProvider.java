package com.oragami.server.marketdata;

import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Tiingo end-of-day ({@code https://api.tiingo.com}, key in {@code token}, share classes with a
 * dash). {@code GET /tiingo/daily/{ticker}/prices?startDate=2019-01-02&token=…} answers {@code
 * [{"date":"2019-01-02T00:00:00.000Z","close":…,"high":…,"low":…,"open":…,"volume":…,"adjClose":…,
 * "adjHigh":…,"adjLow":…,"adjOpen":…,"adjVolume":…,"divCash":0.0,"splitFactor":1.0}]}: raw prices,
 * CRSP-adjusted ones, the ex-dividend cash and the split factor of the day. An unknown ticker is a
 * 404 with {@code {"detail":"Error: Ticker 'XYZ' not found"}}. The latest trade is not offered here
 * (Tiingo's IEX endpoint is a separate product): {@code UNSUPPORTED}.
 */
final class TiingoProvider implements PriceProvider {

    static final String NAME = "tiingo";

    private final VendorHttp http;
    private final String token;

    TiingoProvider(MarketDataProperties.Vendor vendor, MarketDataProperties.Http settings) {
        this.http = new VendorHttp(NAME, vendor.baseUrl(), settings, vendor.minInterval());
        this.token = vendor.key();
    }

    @Override
    public String name() {
        return NAME;
    }

    static String symbol(Ticker ticker) {
        return ticker.symbol().replace('/', '-');
    }

    @Override
    public List<Bar> daily(Ticker ticker, LocalDate from, Consumer<LocalDate> reached) {
        String symbol = symbol(ticker);
        String body = http.get(
                "/tiingo/daily/{ticker}/prices",
                Map.of("ticker", symbol),
                Map.of("startDate", from.toString(), "token", token),
                Map.of());
        JsonNode root = StrictJson.parse(NAME, body);
        if (!root.isArray()) {
            throw StrictJson.malformed(NAME + " prices of " + symbol + " is not an array");
        }
        if (root.isEmpty()) {
            throw new ProviderException(
                    ProviderException.Reason.EMPTY, NAME + " has no bars of " + symbol + " from " + from);
        }
        List<Bar> bars = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            String where = NAME + " prices of " + symbol + " [" + i + "]";
            JsonNode node = root.get(i);
            String date = StrictJson.string(node, "date", where);
            if (date.length() < 10) {
                throw StrictJson.malformed(where + ": not a date: " + date);
            }
            // Tiingo stamps each day at midnight UTC: the date part is the session.
            LocalDate day = StrictJson.date(date.substring(0, 10), where);
            double open = StrictJson.number(node, "open", where);
            double high = StrictJson.number(node, "high", where);
            double low = StrictJson.number(node, "low", where);
            double close = StrictJson.number(node, "close", where);
            double adjusted = StrictJson.number(node, "adjClose", where);
            long volume = StrictJson.wholeNumber(node, "volume", where);
            double dividend = StrictJson.number(node, "divCash", where);
            double split = StrictJson.number(node, "splitFactor", where);
            bars.add(StrictJson.bar(
                    () -> new Bar(ticker, day, open, high, low, close, adjusted, volume, dividend, split), where));
        }
        StrictJson.ascending(bars, NAME);
        reached.accept(bars.get(bars.size() - 1).day());
        return bars;
    }

    @Override
    public LatestTrade latest(Ticker ticker) {
        throw new ProviderException(
                ProviderException.Reason.UNSUPPORTED,
                "tiingo gives no latest trade here; set MARKETDATA_LIVE_PROVIDER=alpaca or alphavantage");
    }
}
