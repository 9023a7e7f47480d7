package com.oragami.server.marketdata;

import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.symphony.Ticker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Alpha Vantage ({@code https://www.alphavantage.co/query}, key in {@code apikey}).
 *
 * <ul>
 *   <li>History: {@code function=TIME_SERIES_DAILY_ADJUSTED&symbol=IBM&outputsize=full} answers
 *       {@code {"Meta Data":{"2. Symbol":"IBM",…},"Time Series (Daily)":{"2024-05-10":{"1. open":
 *       "167.1300","2. high":…,"3. low":…,"4. close":…,"5. adjusted close":…,"6. volume":"3020000",
 *       "7. dividend amount":"0.0000","8. split coefficient":"1.0"},…}}}, newest first, numbers as
 *       strings. There is no start parameter: the full history comes back and is cut at {@code
 *       from}.
 *   <li>Live: {@code function=GLOBAL_QUOTE&symbol=IBM} answers {@code {"Global Quote":{"01. symbol":
 *       "IBM","05. price":"167.1500","07. latest trading day":"2024-05-10",…}}}; an unknown symbol
 *       gives an empty {@code "Global Quote"}. The quote carries no time: a quote of today's session
 *       is taken as of the moment it was fetched, an older one as of that day's close.
 * </ul>
 *
 * Errors come back with HTTP 200: {@code {"Error Message":…}} is an unknown symbol or bad call;
 * {@code {"Note":…}} is per-minute throttling, retried like a 429; {@code {"Information":…}} is the
 * daily limit or a premium-only function, not retried.
 */
final class AlphaVantageProvider implements PriceProvider {

    static final String NAME = "alphavantage";

    private final VendorHttp http;
    private final String apiKey;
    private final Clock clock;

    AlphaVantageProvider(MarketDataProperties.Vendor vendor, MarketDataProperties.Http settings, Clock clock) {
        this.http =
                new VendorHttp(NAME, vendor.baseUrl(), settings, vendor.minInterval(), AlphaVantageProvider::throttled);
        this.apiKey = vendor.key();
        this.clock = clock;
    }

    private static boolean throttled(String body) {
        JsonNode root = StrictJson.tryParse(body);
        return root.isObject() && root.size() == 1 && root.has("Note");
    }

    @Override
    public String name() {
        return NAME;
    }

    static String symbol(Ticker ticker) {
        return ticker.symbol().replace('/', '-');
    }

    private JsonNode query(String function, String symbol, Map<String, String> more) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("function", function);
        query.put("symbol", symbol);
        query.putAll(more);
        query.put("apikey", apiKey);
        JsonNode root = StrictJson.parse(NAME, http.get("/query", Map.of(), query, Map.of()));
        if (!root.isObject()) {
            throw StrictJson.malformed(NAME + " answered " + function + " with a non-object");
        }
        if (root.has("Error Message")) {
            throw new ProviderException(
                    ProviderException.Reason.UNKNOWN_TICKER,
                    NAME + " refused " + function + " for " + symbol + ": "
                            + root.get("Error Message").asString());
        }
        if (root.has("Information") || root.has("Note")) {
            String text = (root.has("Information") ? root.get("Information") : root.get("Note")).asString();
            throw new ProviderException(
                    ProviderException.Reason.RATE_LIMITED, NAME + " refused " + function + ": " + text);
        }
        return root;
    }

    @Override
    public List<Bar> daily(Ticker ticker, LocalDate from, Consumer<LocalDate> reached) {
        String symbol = symbol(ticker);
        JsonNode root = query("TIME_SERIES_DAILY_ADJUSTED", symbol, Map.of("outputsize", "full"));
        String where = NAME + " daily of " + symbol;
        JsonNode meta = StrictJson.object(root, "Meta Data", where);
        String answered = StrictJson.string(meta, "2. Symbol", where);
        if (!answered.toUpperCase(Locale.ROOT).equals(symbol)) {
            throw new ProviderException(
                    ProviderException.Reason.UNKNOWN_TICKER,
                    NAME + " answered a series of " + answered + " when asked for " + symbol);
        }
        JsonNode series = StrictJson.object(root, "Time Series (Daily)", where);
        List<Bar> bars = new ArrayList<>();
        for (var entry : series.properties()) {
            String at = where + " " + entry.getKey();
            LocalDate day = StrictJson.date(entry.getKey(), at);
            if (day.isBefore(from)) {
                continue;
            }
            JsonNode node = entry.getValue();
            double open = StrictJson.decimalString(node, "1. open", at);
            double high = StrictJson.decimalString(node, "2. high", at);
            double low = StrictJson.decimalString(node, "3. low", at);
            double close = StrictJson.decimalString(node, "4. close", at);
            double adjusted = StrictJson.decimalString(node, "5. adjusted close", at);
            double volume = StrictJson.decimalString(node, "6. volume", at);
            double dividend = StrictJson.decimalString(node, "7. dividend amount", at);
            double split = StrictJson.decimalString(node, "8. split coefficient", at);
            if (volume != Math.rint(volume)) {
                throw StrictJson.malformed(at + ": volume is not whole: " + volume);
            }
            bars.add(StrictJson.bar(
                    () -> new Bar(ticker, day, open, high, low, close, adjusted, (long) volume, dividend, split), at));
        }
        if (bars.isEmpty()) {
            throw new ProviderException(
                    ProviderException.Reason.EMPTY, NAME + " has no bars of " + symbol + " from " + from);
        }
        bars.sort(Comparator.comparing(Bar::day));
        reached.accept(bars.get(bars.size() - 1).day());
        return StrictJson.ascending(bars, NAME);
    }

    @Override
    public LatestTrade latest(Ticker ticker) {
        String symbol = symbol(ticker);
        JsonNode root = query("GLOBAL_QUOTE", symbol, Map.of());
        String where = NAME + " quote of " + symbol;
        JsonNode quote = StrictJson.object(root, "Global Quote", where);
        if (quote.isEmpty()) {
            throw new ProviderException(ProviderException.Reason.UNKNOWN_TICKER, NAME + " has no quote of " + symbol);
        }
        String answered = StrictJson.string(quote, "01. symbol", where);
        if (!answered.toUpperCase(Locale.ROOT).equals(symbol)) {
            throw new ProviderException(
                    ProviderException.Reason.UNKNOWN_TICKER,
                    NAME + " answered a quote of " + answered + " when asked for " + symbol);
        }
        double price = StrictJson.decimalString(quote, "05. price", where);
        LocalDate day = StrictJson.date(StrictJson.string(quote, "07. latest trading day", where), where);
        Instant now = clock.instant();
        Instant at = day.equals(now.atZone(NyseCalendar.ZONE).toLocalDate())
                ? now
                : day.atTime(NyseCalendar.CLOSE).atZone(NyseCalendar.ZONE).toInstant();
        if (!(price > 0)) {
            throw StrictJson.malformed(where + ": price not positive: " + price);
        }
        return new LatestTrade(ticker, price, at);
    }
}
