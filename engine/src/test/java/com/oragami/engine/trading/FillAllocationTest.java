package com.oragami.engine.trading;

import static com.oragami.engine.trading.Books.ACCOUNT;
import static com.oragami.engine.trading.Books.RUN;
import static com.oragami.engine.trading.Books.book;
import static com.oragami.engine.trading.Books.id;
import static com.oragami.engine.trading.Books.prices;
import static com.oragami.engine.trading.Books.qty;
import static com.oragami.engine.trading.Books.t;
import static com.oragami.engine.trading.Books.usd;
import static com.oragami.engine.trading.Books.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oragami.engine.Problem;
import com.oragami.engine.eval.Allocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FillAllocationTest {

    /** Three books sell 1, 2 and 4 SPY (7 in all) at 100; nothing crosses. */
    private static final AccountBook SELLERS = AccountBook.of(
            ACCOUNT, List.of(book("a", "0", "SPY", "1"), book("b", "0", "SPY", "2"), book("c", "0", "SPY", "4")));

    private static RunPlan sellAll(AccountBook books) {
        Map<BookId, BookTarget> targets = new java.util.TreeMap<>();
        books.books().keySet().forEach(b -> targets.put(b, BookTarget.of(Allocation.ALL_CASH)));
        return RunPlanner.plan(RUN, books, targets, prices("SPY", 100.0), PlanSettings.ALPACA);
    }

    @Test
    void aPartialSellFillIsSharedProRataToTheLastDecimal() {
        RunPlan plan = sellAll(SELLERS);
        Order spy = plan.sells().stream()
                .filter(o -> o.ticker().equals(t("SPY")))
                .findFirst()
                .orElseThrow();
        // 5 of 7 filled at 99.99: a 5/7 = 0.714285714, b 10/7 = 1.428571428, c 20/7 = 2.857142857
        // (each rounded down); the 1e-9 left goes to c, the largest claim → 2.857142858.
        // cash 5 · 99.99 = 499.95 pro rata to those shares: 71.421428|54…, 142.842857|08…,
        // 285.685714|37… rounded down; the $0.000001 left goes to c
        Fill fill = new Fill(spy.clientOrderId(), qty("5"), Price.of("99.99"));

        Settlement settled = FillAllocation.settle(SELLERS, plan, Map.of(spy.clientOrderId(), fill));

        List<Leg> legs =
                settled.legs().stream().filter(l -> l.ticker().equals(t("SPY"))).toList();
        assertThat(legs)
                .extracting(Leg::quantity)
                .containsExactly(qty("0.714285714"), qty("1.428571428"), qty("2.857142858"));
        assertThat(legs.stream().map(l -> l.quantity().shares()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("5");
        assertThat(legs.stream().map(l -> l.cash().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("499.95");
        assertThat(legs).extracting(Leg::cash).containsExactly(usd("71.421428"), usd("142.842857"), usd("285.685715"));
        assertThat(settled.books().book(id("a")).position(t("SPY"))).isEqualTo(qty("0.285714286"));
        assertThat(settled.problems()).extracting(Problem::code).containsExactly("order-not-filled");
    }

    @Test
    void aPartialBuyFillIsSharedProRataToTheNotionals() {
        // b wants $300, c $100 of QQQ at 30; the broker fills 9.5 shares at 30.10 = $285.95
        AccountBook books = AccountBook.of(ACCOUNT, List.of(book("b", "300"), book("c", "100")));
        RunPlan plan = RunPlanner.plan(
                RUN,
                books,
                Map.of(id("b"), BookTarget.of(weights("QQQ", 1.0)), id("c"), BookTarget.of(weights("QQQ", 1.0))),
                prices("QQQ", 30.0),
                PlanSettings.ALPACA);
        Order buy = plan.buys().get(0);
        assertThat(buy.notional()).isEqualTo(usd("400"));

        Settlement settled = FillAllocation.settle(
                books, plan, Map.of(buy.clientOrderId(), new Fill(buy.clientOrderId(), qty("9.5"), Price.of("30.10"))));

        // shares 9.5 · 3/4 = 7.125 and 2.375; cash 285.95 · 3/4 = 214.4625 and 71.4875
        assertThat(settled.books().book(id("b")).position(t("QQQ"))).isEqualTo(qty("7.125"));
        assertThat(settled.books().book(id("c")).position(t("QQQ"))).isEqualTo(qty("2.375"));
        assertThat(settled.books().book(id("b")).cash()).isEqualTo(usd("85.5375"));
        assertThat(settled.books().book(id("c")).cash()).isEqualTo(usd("28.5125"));
    }

    @Test
    void aFullFillMatchesEveryClaimExactly() {
        RunPlan plan = sellAll(SELLERS);
        Order spy = plan.sells().get(0);

        Settlement settled = FillAllocation.settle(
                SELLERS, plan, Map.of(spy.clientOrderId(), new Fill(spy.clientOrderId(), qty("7"), Price.of("100"))));

        assertThat(settled.books().book(id("a")).cash()).isEqualTo(usd("100"));
        assertThat(settled.books().book(id("b")).cash()).isEqualTo(usd("200"));
        assertThat(settled.books().book(id("c")).cash()).isEqualTo(usd("400"));
        assertThat(settled.books().totalPositions()).isEmpty();
        assertThat(settled.problems()).isEmpty();
    }

    @Test
    void anUnfilledOrderLeavesTheBooksAsTheyWereAndIsReported() {
        RunPlan plan = sellAll(SELLERS);

        Settlement settled = FillAllocation.settle(SELLERS, plan, Map.of());

        assertThat(settled.books()).isEqualTo(SELLERS);
        assertThat(settled.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("order-not-filled");
            assertThat(p.message()).startsWith("sell SPY (").contains("filled 0.000000000 of 7.000000000");
        });
    }

    @Test
    void aBrokerSellingMoreThanAskedIsABug() {
        RunPlan plan = sellAll(SELLERS);
        Order spy = plan.sells().get(0);

        assertThatThrownBy(() -> FillAllocation.settle(
                        SELLERS,
                        plan,
                        Map.of(spy.clientOrderId(), new Fill(spy.clientOrderId(), qty("8"), Price.of("100")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesHeldOutsideTheBooksAreNeverTouched() {
        SimulatedBroker broker = new SimulatedBroker(usd("0"), 0);
        broker.deposit(t("SPY"), qty("7")); // the books' shares
        broker.deposit(t("SPY"), qty("50")); // the user's own
        broker.setPrices(Map.of(t("SPY"), Price.of("100")));

        Settlement settled = DailyRun.send(sellAll(SELLERS), SELLERS, broker);

        assertThat(broker.positions()).containsEntry(t("SPY"), qty("50"));
        assertThat(settled.books().check(broker.cash(), broker.positions())).isEmpty();
    }
}
