package com.oragami.server.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;

/**
 * Alpaca's documented answers (Trading API v2 reference: account, positions, orders, clock,
 * calendar; error bodies as Alpaca sends them) and quick test settings.
 */
public final class AlpacaFixtures {

    /** Three tries, 1 ms backoff doubling to at most 4 ms, a 10 s read timeout (a loaded machine is slow). */
    public static final AlpacaHttp HTTP = new AlpacaHttp(
            Duration.ofSeconds(5), Duration.ofSeconds(10), 3, Duration.ofMillis(1), Duration.ofMillis(4));

    public static final String CLIENT_ORDER_ID = "eb9e2aaa-f71a-4f51-b5b4-52a6c565dad4";

    // The documented account example (fields we do not read kept as documented).
    public static final String ACCOUNT = """
            {"account_blocked":false,"account_number":"PA3ABCDEFG","buying_power":"262113.632",
             "cash":"-23140.2","created_at":"2019-06-12T22:47:07.99658Z","currency":"USD","daytrade_count":0,
             "daytrading_buying_power":"262113.632","equity":"103820.56","id":"e6fe16f3-64a4-4921-8928-cadf02f92f98",
             "initial_margin":"63480.38","last_equity":"103529.24","last_maintenance_margin":"38000.832",
             "long_market_value":"126960.76","maintenance_margin":"38088.228","multiplier":"4",
             "pattern_day_trader":false,"portfolio_value":"103820.56","regt_buying_power":"80680.36",
             "short_market_value":"0","shorting_enabled":true,"sma":"0","status":"ACTIVE",
             "trade_suspended_by_user":false,"trading_blocked":false,"transfers_blocked":false}
            """;

    // The documented position object (its symbol "AAPL " has the trailing space of the docs), and a
    // share class as Alpaca spells it.
    public static final String POSITIONS = """
            [{"asset_id":"904837e3-3b76-47ec-b432-046db621571b","symbol":"AAPL ","exchange":"NASDAQ",
              "asset_class":"us_equity","avg_entry_price":"100.0","qty":"5","qty_available":"4","side":"long",
              "market_value":"600.0","cost_basis":"500.0","unrealized_pl":"100.0","unrealized_plpc":"0.20",
              "unrealized_intraday_pl":"10.0","unrealized_intraday_plpc":"0.0084","current_price":"120.0",
              "lastday_price":"119.0","change_today":"0.0084"},
             {"asset_id":"c5d9d5a6-2a9a-4c5e-8f3e-3b7f1f0b9e11","symbol":"BRK.B","exchange":"NYSE",
              "asset_class":"us_equity","avg_entry_price":"410.5","qty":"1.234567891","qty_available":"1.234567891",
              "side":"long","market_value":"506.79","cost_basis":"506.79","unrealized_pl":"0",
              "unrealized_plpc":"0","unrealized_intraday_pl":"0","unrealized_intraday_plpc":"0",
              "current_price":"410.5","lastday_price":"410.5","change_today":"0"}]
            """;

    public static final String CLOCK = """
            {"timestamp":"2022-04-28T14:07:04.451420928-04:00","is_open":true,
             "next_open":"2022-04-29T09:30:00-04:00","next_close":"2022-04-28T16:00:00-04:00"}
            """;

    // Thanksgiving week 2024: the 28th is a holiday, the 29th closes at 13:00.
    public static final String CALENDAR = """
            [{"date":"2024-11-27","open":"09:30","close":"16:00","session_open":"0400","session_close":"2000",
              "settlement_date":"2024-11-29"},
             {"date":"2024-11-29","open":"09:30","close":"13:00","session_open":"0400","session_close":"1700",
              "settlement_date":"2024-12-02"}]
            """;

    /** The documented order object with our id, side, sizes, status and fill. */
    public static String order(String side, String qty, String notional, String status, String filledQty, String avg) {
        return """
                {"id":"61e69015-8549-4bfd-b9c3-01e75843f47d","client_order_id":"%s",
                 "created_at":"2021-03-16T18:38:01.942282Z","updated_at":"2021-03-16T18:38:01.942282Z",
                 "submitted_at":"2021-03-16T18:38:01.937734Z","filled_at":null,"expired_at":null,"canceled_at":null,
                 "failed_at":null,"replaced_at":null,"replaced_by":null,"replaces":null,
                 "asset_id":"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415","symbol":"AAPL","asset_class":"us_equity",
                 "notional":%s,"qty":%s,"filled_qty":"%s","filled_avg_price":%s,"order_class":"",
                 "order_type":"market","type":"market","side":"%s","time_in_force":"day","limit_price":null,
                 "stop_price":null,"status":"%s","extended_hours":false,"legs":null,"trail_percent":null,
                 "trail_price":null,"hwm":null}
                """.formatted(CLIENT_ORDER_ID, quoted(notional), quoted(qty), filledQty, quoted(avg), side, status);
    }

    public static final String NOT_FOUND =
            "{\"code\":40410000,\"message\":\"order not found for " + CLIENT_ORDER_ID + "\"}";
    public static final String DUPLICATE = "{\"code\":40010001,\"message\":\"client_order_id must be unique\"}";
    public static final String WASH_TRADE =
            "{\"code\":40310000,\"message\":\"potential wash trade detected. use complex orders\"}";
    public static final String BUYING_POWER = "{\"code\":40310000,\"message\":\"insufficient buying power\"}";
    public static final String UNAUTHORIZED = "{\"code\":40110000,\"message\":\"request is not authorized\"}";

    private AlpacaFixtures() {}

    private static String quoted(String value) {
        return value.equals("null") ? "null" : "\"" + value + "\"";
    }

    public static WireMockServer start() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    /** Strictness: every request the client made matched a stub. */
    public static void assertNoUnexpectedRequests(WireMockServer server) {
        assertThat(server.findAllUnmatchedRequests())
                .as("requests no stub expected")
                .isEmpty();
    }
}
