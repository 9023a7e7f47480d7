package com.oragami.server.marketdata;

import com.oragami.engine.symphony.Ticker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * EOD Historical Data ({@code https://eodhd.com}, key in {@code api_token}, US tickers as {@code
 * SPY.US}, share classes with a dash: {@code BRK-B.US}).
 *
 * <ul>
 *   <li>History, three calls, all must succeed: {@code GET /api/eod/SPY.US?fmt=json&period=d&order=a
 *       &from=…} answers {@code [{"date":"2017-01-05","open":…,"high":…,"low":…,"close":…,
 *       "adjusted_close":…,"volume":…}]} (raw prices, adjusted close for splits and dividends);
 *       {@code /api/div/SPY.US?fmt=json&from=…} answers {@code [{"date":…,"value":1.57,…}]} (ex
 *       dates); {@code /api/splits/SPY.US?fmt=json&from=…} answers {@code [{"date":"2020-08-31",
 *       "split":"4.000000/1.000000"}]}.
 *   <li>Live: {@code GET /api/real-time/SPY.US?fmt=json} answers {@code {"code":"SPY.US",
 *       "timestamp":1651255200,"close":…,…}} (delayed 15–20 minutes on most plans).
 * </ul>
 */
final class EodhdProvider implements PriceProvider {

    static final String NAME = "eodhd";

    private final VendorHttp http;
    private final String token;

    EodhdProvider(MarketDataProperties.Vendor vendor, MarketDataProperties.Http settings) {
        this.http = new VendorHttp(NAME, vendor.baseUrl(), settings, vendor.minInterval());
        this.token = vendor.key();
    }

    @Override
    public String name() {
        return NAME;
    }

    static String symbol(Ticker ticker) {
        return ticker.symbol().replace('/', '-') + ".US";
    }

    private JsonNode array(String path, String symbol, LocalDate from, Map<String, String> more) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("fmt", "json");
        query.put("from", from.toString());
        query.putAll(more);
        query.put("api_token", token);
        JsonNode root = StrictJson.parse(NAME, http.get(path, Map.of("symbol", symbol), query, Map.of()));
        if (!root.isArray()) {
            throw StrictJson.malformed(NAME + " " + path.replace("{symbol}", symbol) + " did not answer an array");
        }
        return root;
    }

    @Override
    public List<Bar> daily(Ticker ticker, LocalDate from, Consumer<LocalDate> reached) {
        String symbol = symbol(ticker);
        JsonNode eod = array("/api/eod/{symbol}", symbol, from, Map.of("period", "d", "order", "a"));
        if (eod.isEmpty()) {
            throw new ProviderException(
                    ProviderException.Reason.EMPTY, NAME + " has no bars of " + symbol + " from " + from);
        }
        Map<LocalDate, Double> dividends = new HashMap<>();
        JsonNode div = array("/api/div/{symbol}", symbol, from, Map.of());
        for (int i = 0; i < div.size(); i++) {
            String where = NAME + " dividends of " + symbol + " [" + i + "]";
            JsonNode node = div.get(i);
            LocalDate day = StrictJson.date(StrictJson.string(node, "date", where), where);
            double value = StrictJson.number(node, "value", where);
            dividends.merge(day, value, Double::sum);
        }
        Map<LocalDate, Double> splits = new HashMap<>();
        JsonNode split = array("/api/splits/{symbol}", symbol, from, Map.of());
        for (int i = 0; i < split.size(); i++) {
            String where = NAME + " splits of " + symbol + " [" + i + "]";
            JsonNode node = split.get(i);
            LocalDate day = StrictJson.date(StrictJson.string(node, "date", where), where);
            splits.put(day, ratio(StrictJson.string(node, "split", where), where));
        }
        List<Bar> bars = new ArrayList<>(eod.size());
        for (int i = 0; i < eod.size(); i++) {
            String where = NAME + " eod of " + symbol + " [" + i + "]";
            JsonNode node = eod.get(i);
            LocalDate day = StrictJson.date(StrictJson.string(node, "date", where), where);
            double open = StrictJson.number(node, "open", where);
            double high = StrictJson.number(node, "high", where);
            double low = StrictJson.number(node, "low", where);
            double close = StrictJson.number(node, "close", where);
            double adjusted = StrictJson.number(node, "adjusted_close", where);
            long volume = StrictJson.wholeNumber(node, "volume", where);
            double dividend = dividends.getOrDefault(day, 0.0);
            double ratio = splits.getOrDefault(day, 1.0);
            bars.add(StrictJson.bar(
                    () -> new Bar(ticker, day, open, high, low, close, adjusted, volume, dividend, ratio), where));
        }
        StrictJson.ascending(bars, NAME);
        reached.accept(bars.get(bars.size() - 1).day());
        return bars;
    }

    /** {@code "4.000000/1.000000"} → 4. */
    static double ratio(String text, String where) {
        String[] parts = text.split("/");
        try {
            if (parts.length == 2) {
                double ratio = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
                if (ratio > 0 && Double.isFinite(ratio)) {
                    return ratio;
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw StrictJson.malformed(where + ": not a split ratio like 4.000000/1.000000: " + text);
    }

    @Override
    public LatestTrade latest(Ticker ticker) {
        String symbol = symbol(ticker);
        String body = http.get(
                "/api/real-time/{symbol}",
                Map.of("symbol", symbol),
                Map.of("fmt", "json", "api_token", token),
                Map.of());
        JsonNode root = StrictJson.parse(NAME, body);
        String where = NAME + " real-time of " + symbol;
        String answered = StrictJson.string(root, "code", where);
        if (!answered.equals(symbol)) {
            throw new ProviderException(
                    ProviderException.Reason.UNKNOWN_TICKER,
                    NAME + " answered a quote of " + answered + " when asked for " + symbol);
        }
        double price = StrictJson.number(root, "close", where);
        if (!(price > 0)) {
            throw StrictJson.malformed(where + ": price not positive: " + price);
        }
        return new LatestTrade(ticker, price, Instant.ofEpochSecond(StrictJson.wholeNumber(root, "timestamp", where)));
    }
}
