package com.oragami.server.trading;

import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.calendar.Session;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.Broker;
import com.oragami.engine.trading.BrokerOrder;
import com.oragami.engine.trading.ClientOrderId;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Order;
import com.oragami.engine.trading.Price;
import com.oragami.engine.trading.Quantity;
import com.oragami.engine.trading.SimulatedBroker;
import com.oragami.server.platform.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/** Simulated paper accounts per connection id, each owned by one test user. */
final class TestBrokers implements BrokerAccess {

    /** A node dying: not a RuntimeException, so nothing in the run catches it. */
    static final class Crash extends Error {
        Crash() {
            super("simulated crash of the node");
        }
    }

    /**
     * The engine's simulated broker (no slippage) behind a lock, counting the submit calls per
     * client order id, with faults a test switches on: throw after the broker accepted an order
     * (a timeout), or crash the node after it.
     */
    static final class TestBroker implements Broker {
        final SimulatedBroker broker;
        final Map<String, Integer> submits = new ConcurrentHashMap<>();
        final List<String> accepted = new ArrayList<>();
        volatile Predicate<Order> timeoutAfter = o -> false;
        volatile Predicate<Order> crashAfter = o -> false;
        /** The broker's calendar (NYSE unless a test says otherwise); it may throw. */
        volatile Function<LocalDate, Optional<Session>> calendar = NyseCalendar.standard()::session;
        /** How often the run asked for the calendar. */
        final AtomicInteger calendarCalls = new AtomicInteger();

        TestBroker(Money cash) {
            broker = new SimulatedBroker(cash, 0);
        }

        synchronized void prices(Map<String, String> prices) {
            Map<Ticker, Price> map = new TreeMap<>();
            prices.forEach((t, p) -> map.put(Ticker.of(t), Price.of(p)));
            broker.setPrices(map);
        }

        @Override
        public synchronized BrokerOrder submit(Order order) {
            submits.merge(order.clientOrderId().value(), 1, Integer::sum);
            BrokerOrder result = broker.submit(order);
            accepted.add(order.ticker() + " " + order.side());
            if (timeoutAfter.test(order)) {
                timeoutAfter = o -> false;
                throw new IllegalStateException("read timed out");
            }
            if (crashAfter.test(order)) {
                crashAfter = o -> false;
                throw new Crash();
            }
            return result;
        }

        @Override
        public synchronized Optional<BrokerOrder> find(ClientOrderId id) {
            return broker.find(id);
        }

        @Override
        public synchronized Money cash() {
            return broker.cash();
        }

        @Override
        public synchronized SortedMap<Ticker, Quantity> positions() {
            return broker.positions();
        }

        synchronized void deposit(String ticker, String shares) {
            broker.deposit(Ticker.of(ticker), Quantity.of(new BigDecimal(shares)));
        }
    }

    private record Account(UserId owner, TestBroker broker) {}

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    TestBroker open(UserId owner, String connectionId, String cash) {
        TestBroker broker = new TestBroker(Money.of(cash));
        accounts.put(connectionId, new Account(owner, broker));
        return broker;
    }

    @Override
    public Optional<Connection> connection(UserId owner, String connectionId) {
        Account a = accounts.get(connectionId);
        return a == null || !a.owner().equals(owner)
                ? Optional.empty()
                : Optional.of(new Connection(connectionId, owner));
    }

    @Override
    public Broker broker(String connectionId) {
        Account a = accounts.get(connectionId);
        if (a == null) {
            throw new IllegalStateException("no test broker " + connectionId);
        }
        return a.broker();
    }

    @Override
    public Optional<Session> calendar(String connectionId, LocalDate day) {
        TestBroker broker = (TestBroker) broker(connectionId);
        broker.calendarCalls.incrementAndGet();
        return broker.calendar.apply(day);
    }
}
