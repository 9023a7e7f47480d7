package com.oragami.server.broker.alpaca;

import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.calendar.Session;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.Broker;
import com.oragami.engine.trading.BrokerOrder;
import com.oragami.engine.trading.ClientOrderId;
import com.oragami.engine.trading.Fill;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Order;
import com.oragami.engine.trading.Price;
import com.oragami.engine.trading.Quantity;
import com.oragami.engine.trading.Side;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Alpaca's Trading API v2 (paper: {@code https://paper-api.alpaca.markets}) as an engine {@link
 * Broker}, on our own {@code RestClient}.
 *
 * <ul>
 *   <li>{@code GET /v2/account} → {@code {"id","account_number","status","cash":"-23140.2",…}};
 *       {@link #cash()} is {@code cash}, rounded half-even to the micro-dollar.
 *   <li>{@code GET /v2/positions} → {@code [{"symbol":"AAPL","qty":"5","side":"long",…}]}.
 *   <li>{@code POST /v2/orders} with {@code {"symbol","side":"buy","type":"market",
 *       "time_in_force":"day","client_order_id", "notional":"500"}} (a sell gives {@code "qty"}) →
 *       the order object {@code {"client_order_id","symbol","side","qty","notional","filled_qty",
 *       "filled_avg_price","status",…}}.
 *   <li>{@code GET /v2/orders:by_client_order_id?client_order_id=…} → the order, or 404.
 *   <li>{@code GET /v2/clock} → {@code {"timestamp","is_open","next_open","next_close"}}.
 *   <li>{@code GET /v2/calendar?start=…&end=…} → {@code [{"date","open":"09:30","close":"13:00",…}]}.
 * </ul>
 *
 * <p>{@link #submit} never sends an order twice: it first looks the {@code client_order_id} up; a
 * 422 "client_order_id must be unique" fetches the existing order; after a timeout, a broken
 * connection, a 429 or a 5xx it looks the id up again before any resend (the order may have been
 * accepted before the answer was lost). A 403 order rejection (code 40310000: insufficient buying
 * power, a potential wash trade …) and any other 4xx refusal of the order come back as a {@code
 * REJECTED} order, not retried, its rejection starting with a kebab-case code ({@code
 * insufficient-buying-power}, {@code wash-trade}, {@code order-refused}). A 401, or a 403 that is
 * not an order rejection, throws {@link AlpacaException.Reason#UNAUTHORIZED}. Other requests retry
 * 429, 5xx and timeouts up to {@link AlpacaHttp#attempts()} times.
 *
 * <p>Symbols: a share class is {@code BRK/B} in the engine and {@code BRK.B} at Alpaca.
 *
 * <p>Alpaca does not know the price an order was planned at: an order this instance did not submit,
 * found by its id, gets its {@code filled_avg_price} as planning price, or 1 when nothing filled.
 */
public final class AlpacaTradingClient implements Broker {

    private static final Logger log = LoggerFactory.getLogger(AlpacaTradingClient.class);

    /** Alpaca's code for a refused order (buying power, wash trade, …) as opposed to a refused token. */
    static final long ORDER_REJECTED_CODE = 40310000L;

    private static final Set<String> STILL_WORKING = Set.of(
            "new",
            "accepted",
            "pending_new",
            "accepted_for_bidding",
            "calculated",
            "pending_cancel",
            "pending_replace",
            "replaced",
            "stopped",
            "suspended",
            "held",
            "partially_filled");

    private final String baseUrl;
    private final AlpacaAuth auth;
    private final AlpacaHttp http;
    private final AlpacaRest rest;
    private final Map<ClientOrderId, Order> submitted = new ConcurrentHashMap<>();

    public AlpacaTradingClient(String baseUrl, AlpacaAuth auth, AlpacaHttp http) {
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.http = http;
        this.rest = new AlpacaRest(http);
    }

    /** The account behind the credentials. */
    public AlpacaAccount account() {
        String where = "alpaca account";
        JsonNode node = AlpacaRest.parse(where, get("/v2/account", Map.of()));
        return new AlpacaAccount(
                AlpacaRest.string(node, "id", where),
                AlpacaRest.string(node, "account_number", where),
                AlpacaRest.string(node, "status", where),
                Money.valued(AlpacaRest.decimal(node, "cash", where)));
    }

    @Override
    public Money cash() {
        return account().cash();
    }

    @Override
    public SortedMap<Ticker, Quantity> positions() {
        String where = "alpaca positions";
        JsonNode array = AlpacaRest.parse(where, get("/v2/positions", Map.of()));
        if (!array.isArray()) {
            throw AlpacaRest.malformed(where + ": not an array");
        }
        TreeMap<Ticker, Quantity> positions = new TreeMap<>();
        for (JsonNode node : array) {
            Ticker ticker = ticker(AlpacaRest.string(node, "symbol", where), where);
            Quantity qty = Quantity.down(AlpacaRest.decimal(node, "qty", where));
            if (!qty.isZero()) {
                positions.merge(ticker, qty, Quantity::plus);
            }
        }
        return positions;
    }

    /** Alpaca's market clock. */
    public AlpacaClock clock() {
        String where = "alpaca clock";
        JsonNode node = AlpacaRest.parse(where, get("/v2/clock", Map.of()));
        return new AlpacaClock(
                AlpacaRest.instant(node, "timestamp", where),
                AlpacaRest.bool(node, "is_open", where),
                AlpacaRest.instant(node, "next_open", where),
                AlpacaRest.instant(node, "next_close", where));
    }

    /**
     * The sessions from {@code from} to {@code to}, both inclusive; a close before 16:00 New York
     * time is an early close.
     */
    public List<Session> calendar(LocalDate from, LocalDate to) {
        String where = "alpaca calendar";
        Map<String, String> query = new LinkedHashMap<>();
        query.put("start", from.toString());
        query.put("end", to.toString());
        JsonNode array = AlpacaRest.parse(where, get("/v2/calendar", query));
        if (!array.isArray()) {
            throw AlpacaRest.malformed(where + ": not an array");
        }
        List<Session> sessions = new ArrayList<>();
        for (JsonNode node : array) {
            try {
                LocalDate date = LocalDate.parse(AlpacaRest.string(node, "date", where));
                LocalTime open = LocalTime.parse(AlpacaRest.string(node, "open", where));
                LocalTime close = LocalTime.parse(AlpacaRest.string(node, "close", where));
                sessions.add(new Session(date, open, close, close.isBefore(NyseCalendar.CLOSE)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw AlpacaRest.malformed(where + ": bad session " + node + ": " + e.getMessage());
            }
        }
        return sessions;
    }

    @Override
    public Optional<BrokerOrder> find(ClientOrderId id) {
        String where = "alpaca order " + id;
        GetAnswer answer = getAllowing404("/v2/orders:by_client_order_id", Map.of("client_order_id", id.value()));
        if (answer.notFound()) {
            return Optional.empty();
        }
        return Optional.of(brokerOrder(AlpacaRest.parse(where, answer.body()), submitted.get(id), where));
    }

    @Override
    public BrokerOrder submit(Order order) {
        ClientOrderId id = order.clientOrderId();
        submitted.put(id, order);
        Optional<BrokerOrder> known = find(id);
        if (known.isPresent()) {
            return known.get();
        }
        String where = "alpaca order " + id;
        String body = orderJson(order);
        URI uri = uri("/v2/orders", Map.of());
        for (int attempt = 1; ; attempt++) {
            AlpacaRest.Answer answer;
            try {
                answer = rest.exchange(HttpMethod.POST, uri, auth::apply, MediaType.APPLICATION_JSON, body);
            } catch (ResourceAccessException e) {
                log.warn(
                        "{}: attempt {} got no answer ({}); looking it up before any resend",
                        where,
                        attempt,
                        e.getMostSpecificCause().toString());
                Optional<BrokerOrder> landed = find(id);
                if (landed.isPresent()) {
                    return landed.get();
                }
                if (attempt >= http.attempts()) {
                    throw new AlpacaException(
                            AlpacaException.Reason.UNAVAILABLE,
                            where + ": no answer after " + attempt + " attempts: "
                                    + e.getMostSpecificCause().getMessage(),
                            e);
                }
                AlpacaRest.pause(http.delay(attempt));
                continue;
            }
            int status = answer.status();
            if (answer.ok()) {
                return brokerOrder(AlpacaRest.parse(where, answer.body()), order, where);
            }
            if (answer.retryable()) {
                Optional<BrokerOrder> landed = find(id);
                if (landed.isPresent()) {
                    return landed.get();
                }
                if (attempt >= http.attempts()) {
                    throw new AlpacaException(
                            AlpacaException.Reason.UNAVAILABLE,
                            where + ": HTTP " + status + " after " + attempt + " attempts: " + answer.message());
                }
                log.warn("{}: attempt {} answered HTTP {}; retrying", where, attempt, status);
                AlpacaRest.pause(http.delay(attempt));
                continue;
            }
            String message = answer.message();
            if (status == 422 && message.toLowerCase(Locale.ROOT).contains("client_order_id must be unique")) {
                return find(id).orElseThrow(() -> AlpacaRest.malformed(
                        where + ": Alpaca calls the client order id taken but cannot find the order"));
            }
            if (status == 401 || (status == 403 && !isOrderRejection(answer))) {
                throw unauthorized(where, answer);
            }
            return rejected(order, rejectionCode(message) + ": " + message);
        }
    }

    /** A 403 about the order, not the credentials. */
    private static boolean isOrderRejection(AlpacaRest.Answer answer) {
        if (answer.code() == ORDER_REJECTED_CODE) {
            return true;
        }
        String message = answer.message().toLowerCase(Locale.ROOT);
        return message.contains("buying power") || message.contains("wash trade") || message.contains("insufficient");
    }

    /** A kebab-case code for a refusal, from Alpaca's message. */
    static String rejectionCode(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("wash trade")) {
            return "wash-trade";
        }
        if (lower.contains("buying power")) {
            return "insufficient-buying-power";
        }
        if (lower.contains("insufficient qty") || lower.contains("insufficient quantity")) {
            return "insufficient-quantity";
        }
        return "order-refused";
    }

    private static BrokerOrder rejected(Order order, String why) {
        return new BrokerOrder(order, BrokerOrder.Status.REJECTED, Optional.empty(), Optional.of(why));
    }

    private static String orderJson(Order order) {
        ObjectNode json = AlpacaRest.JSON.createObjectNode();
        json.put("symbol", symbol(order.ticker()));
        if (order.side() == Side.BUY) {
            json.put("notional", order.notional().amount().stripTrailingZeros().toPlainString());
        } else {
            json.put("qty", order.quantity().shares().stripTrailingZeros().toPlainString());
        }
        json.put("side", order.side().alpacaName());
        json.put("type", "market");
        json.put("time_in_force", "day");
        json.put("client_order_id", order.clientOrderId().value());
        return json.toString();
    }

    /** The engine's {@code BRK/B} is Alpaca's {@code BRK.B}; a crypto pair keeps its slash. */
    static String symbol(Ticker ticker) {
        String symbol = ticker.symbol();
        return symbol.endsWith("/USD") ? symbol : symbol.replace('/', '.');
    }

    private static Ticker ticker(String alpacaSymbol, String where) {
        String symbol = alpacaSymbol.strip().toUpperCase(Locale.ROOT);
        try {
            return new Ticker(symbol.contains(".") ? symbol.replace('.', '/') : symbol);
        } catch (IllegalArgumentException e) {
            throw AlpacaRest.malformed(where + ": not a ticker: " + alpacaSymbol);
        }
    }

    /** Alpaca's order object, read against the order we sent (or rebuilt when we do not know it). */
    private static BrokerOrder brokerOrder(JsonNode node, @Nullable Order sent, String where) {
        String status = AlpacaRest.string(node, "status", where);
        BigDecimal filledQty = AlpacaRest.decimalOrNull(node, "filled_qty", where);
        BigDecimal avgPrice = AlpacaRest.decimalOrNull(node, "filled_avg_price", where);
        Order order = sent != null ? sent : rebuild(node, avgPrice, where);
        Optional<Fill> fill = Optional.empty();
        if (filledQty != null && filledQty.signum() > 0) {
            if (avgPrice == null || avgPrice.signum() <= 0) {
                throw AlpacaRest.malformed(where + ": filled_qty " + filledQty + " without a filled_avg_price");
            }
            fill = Optional.of(new Fill(order.clientOrderId(), Quantity.down(filledQty), new Price(avgPrice)));
        }
        if (status.equals("filled")) {
            if (fill.isEmpty()) {
                throw AlpacaRest.malformed(where + ": filled with no filled_qty");
            }
            return new BrokerOrder(order, BrokerOrder.Status.FILLED, fill, Optional.empty());
        }
        if (STILL_WORKING.contains(status)) {
            return new BrokerOrder(
                    order,
                    fill.isPresent() ? BrokerOrder.Status.PARTIALLY_FILLED : BrokerOrder.Status.ACCEPTED,
                    fill,
                    Optional.empty());
        }
        // rejected, canceled, expired, done_for_day: final; what filled stays filled
        String why = "order-" + status.replace('_', '-') + ": Alpaca reports the order " + status;
        return new BrokerOrder(
                order,
                fill.isPresent() ? BrokerOrder.Status.PARTIALLY_FILLED : BrokerOrder.Status.REJECTED,
                fill,
                Optional.of(why));
    }

    private static Order rebuild(JsonNode node, @Nullable BigDecimal avgPrice, String where) {
        ClientOrderId id = new ClientOrderId(AlpacaRest.string(node, "client_order_id", where));
        Ticker ticker = ticker(AlpacaRest.string(node, "symbol", where), where);
        Price planning = avgPrice != null && avgPrice.signum() > 0 ? new Price(avgPrice) : new Price(BigDecimal.ONE);
        String side = AlpacaRest.string(node, "side", where);
        try {
            if (side.equals("buy")) {
                BigDecimal notional = AlpacaRest.decimalOrNull(node, "notional", where);
                if (notional == null) {
                    throw AlpacaRest.malformed(where + ": a buy we did not send by notional");
                }
                return Order.buy(id, ticker, Money.valued(notional), planning);
            }
            if (side.equals("sell")) {
                return Order.sell(id, ticker, Quantity.down(AlpacaRest.decimal(node, "qty", where)), planning);
            }
        } catch (IllegalArgumentException e) {
            throw AlpacaRest.malformed(where + ": " + e.getMessage());
        }
        throw AlpacaRest.malformed(where + ": unknown side " + side);
    }

    private record GetAnswer(boolean notFound, String body) {}

    private String get(String path, Map<String, String> query) {
        GetAnswer answer = getAllowing404(path, query);
        if (answer.notFound()) {
            throw new AlpacaException(AlpacaException.Reason.REFUSED, "alpaca " + path + " answered HTTP 404");
        }
        return answer.body();
    }

    /** GET with retries on 429, 5xx and timeouts; 404 is an answer, other refusals throw. */
    private GetAnswer getAllowing404(String path, Map<String, String> query) {
        URI uri = uri(path, query);
        String where = "alpaca " + path;
        for (int attempt = 1; ; attempt++) {
            AlpacaRest.Answer answer;
            try {
                answer = rest.exchange(HttpMethod.GET, uri, auth::apply, null, null);
            } catch (ResourceAccessException e) {
                if (attempt >= http.attempts()) {
                    throw new AlpacaException(
                            AlpacaException.Reason.UNAVAILABLE,
                            where + ": no answer after " + attempt + " attempts: "
                                    + e.getMostSpecificCause().getMessage(),
                            e);
                }
                log.warn(
                        "{}: attempt {} got no answer: {}",
                        where,
                        attempt,
                        e.getMostSpecificCause().toString());
                AlpacaRest.pause(http.delay(attempt));
                continue;
            }
            if (answer.ok()) {
                return new GetAnswer(false, answer.body());
            }
            if (answer.status() == 404) {
                return new GetAnswer(true, "");
            }
            if (answer.retryable()) {
                if (attempt >= http.attempts()) {
                    throw new AlpacaException(
                            AlpacaException.Reason.UNAVAILABLE,
                            where + ": HTTP " + answer.status() + " after " + attempt + " attempts: "
                                    + answer.message());
                }
                log.warn("{}: attempt {} answered HTTP {}; retrying", where, attempt, answer.status());
                AlpacaRest.pause(http.delay(attempt));
                continue;
            }
            if (answer.status() == 401 || answer.status() == 403) {
                throw unauthorized(where, answer);
            }
            throw new AlpacaException(
                    AlpacaException.Reason.REFUSED, where + ": HTTP " + answer.status() + ": " + answer.message());
        }
    }

    private static AlpacaException unauthorized(String where, AlpacaRest.Answer answer) {
        return new AlpacaException(
                AlpacaException.Reason.UNAUTHORIZED,
                where + ": HTTP " + answer.status() + " (credentials refused): " + answer.message());
    }

    private URI uri(String path, Map<String, String> query) {
        UriComponentsBuilder builder =
                UriComponentsBuilder.fromUriString(baseUrl).path(path);
        query.forEach(builder::queryParam);
        return builder.encode().build().toUri();
    }
}
