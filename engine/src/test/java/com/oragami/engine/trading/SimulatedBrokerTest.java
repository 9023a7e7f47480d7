package com.oragami.engine.trading;

import static com.oragami.engine.trading.Books.ACCOUNT;
import static com.oragami.engine.trading.Books.RUN;
import static com.oragami.engine.trading.Books.qty;
import static com.oragami.engine.trading.Books.t;
import static com.oragami.engine.trading.Books.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedBrokerTest {

    private static final ClientOrderId BUY = ClientOrderId.of(RUN, ACCOUNT, t("SPY"), Side.BUY);
    private static final ClientOrderId SELL = ClientOrderId.of(RUN, ACCOUNT, t("SPY"), Side.SELL);

    private static SimulatedBroker broker(double slippage) {
        SimulatedBroker broker = new SimulatedBroker(usd("1000"), slippage);
        broker.setPrices(Map.of(t("SPY"), Price.of("100")));
        return broker;
    }

    @Test
    void submittingTheSameClientOrderIdTwiceFillsOnce() {
        SimulatedBroker broker = broker(0);
        Order order = Order.buy(BUY, t("SPY"), usd("500"), Price.of("100"));

        BrokerOrder first = broker.submit(order);
        BrokerOrder again = broker.submit(order);

        assertThat(again).isEqualTo(first);
        assertThat(broker.cash()).isEqualTo(usd("500"));
        assertThat(broker.positions()).containsEntry(t("SPY"), qty("5"));
        assertThat(broker.orders()).hasSize(1);
        assertThat(broker.find(BUY)).contains(first);
    }

    @Test
    void aBuyFillsAtThePricePlusSlippageForTheNotional() {
        SimulatedBroker broker = broker(0.01);

        BrokerOrder done = broker.submit(Order.buy(BUY, t("SPY"), usd("505"), Price.of("100")));

        // fill price 100 · 1.01 = 101; 505 / 101 = 5 shares; cash 1000 − 505 = 495
        assertThat(done.status()).isEqualTo(BrokerOrder.Status.FILLED);
        assertThat(done.fill().orElseThrow().averagePrice()).isEqualTo(Price.of("101"));
        assertThat(broker.positions()).containsEntry(t("SPY"), qty("5"));
        assertThat(broker.cash()).isEqualTo(usd("495"));
    }

    @Test
    void aSellFillsAtThePriceLessSlippageAndAFullExitRemovesThePosition() {
        SimulatedBroker broker = broker(0.01);
        broker.deposit(t("SPY"), qty("2.5"));

        broker.submit(Order.sell(SELL, t("SPY"), qty("2.5"), Price.of("100")));

        // 2.5 · 99 = 247.5
        assertThat(broker.cash()).isEqualTo(usd("1247.5"));
        assertThat(broker.positions()).isEmpty();
    }

    @Test
    void rejectsWhatItCannotFill() {
        SimulatedBroker broker = broker(0);

        BrokerOrder tooMuch = broker.submit(Order.buy(BUY, t("SPY"), usd("1000.01"), Price.of("100")));
        BrokerOrder notHeld = broker.submit(Order.sell(SELL, t("SPY"), qty("1"), Price.of("100")));
        BrokerOrder noPrice = broker.submit(
                Order.sell(ClientOrderId.of(RUN, ACCOUNT, t("TLT"), Side.SELL), t("TLT"), qty("1"), Price.of("90")));

        assertThat(tooMuch.status()).isEqualTo(BrokerOrder.Status.REJECTED);
        assertThat(tooMuch.rejection()).contains("buy for $1000.010000, cash $1000.000000");
        assertThat(notHeld.rejection()).contains("sell of 1.000000000 SPY, holding 0.000000000");
        assertThat(noPrice.rejection()).contains("no price for TLT");
        assertThat(broker.cash()).isEqualTo(usd("1000"));
    }

    @Test
    void aResumedRunSendsNoOrderTwice() {
        SimulatedBroker broker = broker(0);
        AccountBook books = AccountBook.of(ACCOUNT, java.util.List.of(Books.book("a", "1000")));
        Map<BookId, BookTarget> targets = Map.of(Books.id("a"), BookTarget.of(Books.weights("SPY", 1.0)));
        RunPlan plan = RunPlanner.plan(RUN, books, targets, Books.prices("SPY", 100.0), PlanSettings.ALPACA);
        Settlement first = DailyRun.send(plan, books, broker);

        // the node crashed before storing the settlement: the run is planned and sent again
        RunPlan again = RunPlanner.plan(RUN, books, targets, Books.prices("SPY", 100.0), PlanSettings.ALPACA);
        Settlement second = DailyRun.send(again, books, broker);

        assertThat(again).isEqualTo(plan);
        assertThat(broker.orders()).hasSize(1);
        assertThat(broker.positions()).containsEntry(t("SPY"), qty("10"));
        assertThat(second.books()).isEqualTo(first.books());
    }
}
