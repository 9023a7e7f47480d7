package com.oragami.server.marketdata;

import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Alpaca Market Data v2 ({@code https://data.alpaca.markets}), keys in the headers {@code
 * APCA-API-KEY-ID} and {@code APCA-API-SECRET-KEY}.
 *
 * <ul>
 *   <li>History: {@code GET /v2/stocks/{symbol}/bars?timeframe=1Day&adjustment=all&start=…&limit=10000
 *       &page_token=…} answers {@code {"bars":[{"t":"2022-02-28T05:00:00Z","o":…,"h":…,"l":…,"c":…,
 *       "v":…,"n":…,"vw":…}],"symbol":"AAPL","next_page_token":null}}; pages are followed until the
 *       token is null and nothing is returned unless every page parses. With {@code adjustment=all}
 *       all four prices are split- and dividend-adjusted, so the stored open/high/low/close of an
 *       {@code alpaca} bar are adjusted too, and dividends and splits are not reported (0 and 1).
 *       Bar times are midnight New York time; the bar's day is the New York date. History starts
 *       in 2016.
 *   <li>Live: {@code GET /v2/stocks/{symbol}/trades/latest?feed=iex} answers {@code {"symbol":"AAPL",
 *       "trade":{"t":"2022-08-17T09:53:16.845580544Z","x":"P","p":172.6,"s":100,…}}}.
 * </ul>
 *
 * Share classes are spelt with a dot ({@code BRK/B} → {@code BRK.B}).
 */
final class AlpacaProvider implements PriceProvider {

    static final String NAME = "alpaca";

    private final VendorHttp http;
    private final Map<String, String> headers;
    private final String feed;

    AlpacaProvider(MarketDataProperties.Vendor vendor, MarketDataProperties.Http settings) {
        this.http = new VendorHttp(NAME, vendor.baseUrl(), settings, vendor.minInterval());
        this.headers = Map.of("APCA-API-KEY-ID", vendor.key(), "APCA-API-SECRET-KEY", vendor.secret());
        this.feed = vendor.feed() == null ? "" : vendor.feed();
    }

    @Override
    public String name() {
        return NAME;
    }

    static String symbol(Ticker ticker) {
        return ticker.symbol().replace('/', '.');
    }

    @Override
    public List<Bar> daily(Ticker ticker, LocalDate from, Consumer<LocalDate> reached) {
        String symbol = symbol(ticker);
        List<Bar> bars = new ArrayList<>();
        String pageToken = null;
        do {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("timeframe", "1Day");
            query.put("adjustment", "all");
            query.put("start", from.toString());
            query.put("limit", "10000");
            if (pageToken != null) {
                query.put("page_token", pageToken);
            }
            String body = http.get("/v2/stocks/{symbol}/bars", Map.of("symbol", symbol), query, headers);
            JsonNode root = StrictJson.parse(NAME, body);
            String where = NAME + " bars of " + symbol;
            String answered = StrictJson.string(root, "symbol", where);
            if (!answered.equals(symbol)) {
                throw new ProviderException(
                        ProviderException.Reason.UNKNOWN_TICKER,
                        NAME + " answered bars of " + answered + " when asked for " + symbol);
            }
            JsonNode page = root.get("bars");
            if (page != null && !page.isNull()) {
                if (!page.isArray()) {
                    throw StrictJson.malformed(where + ": 'bars' is not an array");
                }
                for (int i = 0; i < page.size(); i++) {
                    bars.add(bar(ticker, page.get(i), where + " [" + (bars.size()) + "]"));
                }
                if (!bars.isEmpty()) {
                    reached.accept(bars.get(bars.size() - 1).day());
                }
            }
            JsonNode next = root.get("next_page_token");
            if (next == null) {
                throw StrictJson.malformed(where + ": missing 'next_page_token'");
            }
            pageToken = next.isNull() ? null : StrictJson.string(root, "next_page_token", where);
        } while (pageToken != null);
        if (bars.isEmpty()) {
            throw new ProviderException(
                    ProviderException.Reason.EMPTY, NAME + " has no bars of " + symbol + " from " + from);
        }
        return StrictJson.ascending(bars, NAME);
    }

    private static Bar bar(Ticker ticker, JsonNode node, String where) {
        LocalDate day = StrictJson.instant(StrictJson.string(node, "t", where), where)
                .atZone(NyseCalendar.ZONE)
                .toLocalDate();
        double open = StrictJson.number(node, "o", where);
        double high = StrictJson.number(node, "h", where);
        double low = StrictJson.number(node, "l", where);
        double close = StrictJson.number(node, "c", where);
        long volume = StrictJson.wholeNumber(node, "v", where);
        return StrictJson.bar(() -> new Bar(ticker, day, open, high, low, close, close, volume, 0, 1), where);
    }

    @Override
    public LatestTrade latest(Ticker ticker) {
        String symbol = symbol(ticker);
        Map<String, String> query = feed.isBlank() ? Map.of() : Map.of("feed", feed);
        String body = http.get("/v2/stocks/{symbol}/trades/latest", Map.of("symbol", symbol), query, headers);
        JsonNode root = StrictJson.parse(NAME, body);
        String where = NAME + " latest trade of " + symbol;
        String answered = StrictJson.string(root, "symbol", where);
        if (!answered.equals(symbol)) {
            throw new ProviderException(
                    ProviderException.Reason.UNKNOWN_TICKER,
                    NAME + " answered a trade of " + answered + " when asked for " + symbol);
        }
        JsonNode trade = StrictJson.object(root, "trade", where);
        double price = StrictJson.number(trade, "p", where);
        if (!(price > 0)) {
            throw StrictJson.malformed(where + ": price not positive: " + price);
        }
        return new LatestTrade(ticker, price, StrictJson.instant(StrictJson.string(trade, "t", where), where));
    }
}
