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

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.eval.Allocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunPlannerTest {

    private static SymbolPlan symbol(RunPlan plan, String ticker) {
        return plan.symbols().stream()
                .filter(s -> s.ticker().equals(t(ticker)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void tradesOfThreeBooksPartlyCancelAndOnlyTheNetGoesToTheBroker() {
        // SPY at 100. a sells its 10 SPY (all cash); b buys $500 (5 shares), c buys $300 (3 shares).
        AccountBook account =
                AccountBook.of(ACCOUNT, List.of(book("a", "0", "SPY", "10"), book("b", "500"), book("c", "300")));
        Map<BookId, BookTarget> targets = Map.of(
                id("a"), BookTarget.of(Allocation.ALL_CASH),
                id("b"), BookTarget.of(weights("SPY", 1.0)),
                id("c"), BookTarget.of(weights("SPY", 1.0)));

        RunPlan plan = RunPlanner.plan(RUN, account, targets, prices("SPY", 100.0), PlanSettings.EXACT);

        SymbolPlan spy = symbol(plan, "SPY");
        // 8 of a's 10 shares cross with b and c at 100; the net 10 − 8 = 2 shares are sold at the broker
        assertThat(spy.crosses())
                .containsExactly(
                        new Leg(id("b"), t("SPY"), Side.BUY, qty("5"), usd("500"), true),
                        new Leg(id("c"), t("SPY"), Side.BUY, qty("3"), usd("300"), true),
                        new Leg(id("a"), t("SPY"), Side.SELL, qty("8"), usd("800"), true));
        assertThat(spy.claims()).containsExactly(new Claim(id("a"), qty("2"), Money.ZERO));
        assertThat(plan.orders())
                .containsExactly(Order.sell(
                        ClientOrderId.of(RUN, ACCOUNT, t("SPY"), Side.SELL), t("SPY"), qty("2"), Price.of("100")));
    }

    @Test
    void aNetBuyCarriesWhatTheBuyersStillWantAfterTheCross() {
        // QQQ at 50: a sells 3 ($150); b wants $400, c wants $100 → 8 and 2 shares, 10 in all.
        // a's 3 shares go to b and c pro rata 8:2 → 2.4 and 0.6, paid $120 and $30;
        // b still wants 400 − 120 = 280, c 100 − 30 = 70: a net buy of $350.
        AccountBook account =
                AccountBook.of(ACCOUNT, List.of(book("a", "0", "QQQ", "3"), book("b", "400"), book("c", "100")));
        Map<BookId, BookTarget> targets = Map.of(
                id("a"), BookTarget.of(Allocation.ALL_CASH),
                id("b"), BookTarget.of(weights("QQQ", 1.0)),
                id("c"), BookTarget.of(weights("QQQ", 1.0)));

        RunPlan plan = RunPlanner.plan(RUN, account, targets, prices("QQQ", 50.0), PlanSettings.ALPACA);

        SymbolPlan qqq = symbol(plan, "QQQ");
        assertThat(qqq.crosses())
                .containsExactly(
                        new Leg(id("a"), t("QQQ"), Side.SELL, qty("3"), usd("150"), true),
                        new Leg(id("b"), t("QQQ"), Side.BUY, qty("2.4"), usd("120"), true),
                        new Leg(id("c"), t("QQQ"), Side.BUY, qty("0.6"), usd("30"), true));
        assertThat(qqq.claims())
                .containsExactly(
                        new Claim(id("b"), Quantity.ZERO, usd("280")), new Claim(id("c"), Quantity.ZERO, usd("70")));
        assertThat(qqq.order().orElseThrow().notional()).isEqualTo(usd("350"));
        assertThat(qqq.order().orElseThrow().side()).isEqualTo(Side.BUY);
    }

    @Test
    void sellsComeBeforeBuysWhateverTheTickers() {
        // one book rotates from ZZZ (sold) to AAA (bought); alphabetically AAA comes first
        AccountBook account = AccountBook.of(ACCOUNT, List.of(book("a", "0", "ZZZ", "4")));

        RunPlan plan = RunPlanner.plan(
                RUN,
                account,
                Map.of(id("a"), BookTarget.of(weights("AAA", 1.0))),
                prices("AAA", 10.0, "ZZZ", 25.0),
                PlanSettings.ALPACA);

        // 4 ZZZ at 25 = $100 raised; less the 2·10⁻⁶ rounding reserve of a sell, rounded down to
        // the cent, $99.99 is spent on AAA
        assertThat(plan.orders()).extracting(Order::side).containsExactly(Side.SELL, Side.BUY);
        assertThat(plan.orders()).extracting(Order::ticker).containsExactly(t("ZZZ"), t("AAA"));
        assertThat(plan.buys().get(0).notional()).isEqualTo(usd("99.99"));
        assertThat(plan.sells().get(0).quantity()).isEqualTo(qty("4"));
    }

    @Test
    void aNetOrderUnderOneDollarIsNotSentButTheCrossesStillSettle() {
        // SPY at 100: a sells 1 share, b buys $99.50 → b takes 0.995 shares internally;
        // the net 0.005 shares are worth $0.50 < $1: no order, a keeps the 0.005 shares.
        AccountBook account = AccountBook.of(ACCOUNT, List.of(book("a", "0", "SPY", "1"), book("b", "99.50")));
        Map<BookId, BookTarget> targets = Map.of(
                id("a"), BookTarget.of(Allocation.ALL_CASH),
                id("b"), BookTarget.of(weights("SPY", 1.0)));

        RunPlan plan = RunPlanner.plan(RUN, account, targets, prices("SPY", 100.0), PlanSettings.ALPACA);

        SymbolPlan spy = symbol(plan, "SPY");
        assertThat(plan.orders()).isEmpty();
        assertThat(spy.belowMinimum()).isTrue();
        assertThat(spy.crosses())
                .containsExactly(
                        new Leg(id("b"), t("SPY"), Side.BUY, qty("0.995"), usd("99.5"), true),
                        new Leg(id("a"), t("SPY"), Side.SELL, qty("0.995"), usd("99.5"), true));
        Settlement settled = FillAllocation.settle(account, plan, Map.of());
        assertThat(settled.books().book(id("a")).position(t("SPY"))).isEqualTo(qty("0.005"));
        assertThat(settled.books().book(id("a")).cash()).isEqualTo(usd("99.5"));
        assertThat(settled.books().book(id("b")).position(t("SPY"))).isEqualTo(qty("0.995"));
        assertThat(settled.books().book(id("b")).cash()).isEqualTo(Money.ZERO);
    }

    @Test
    void aNetBuyOfExactlyOneDollarIsSent() {
        AccountBook account = AccountBook.of(ACCOUNT, List.of(book("a", "1")));

        RunPlan plan = RunPlanner.plan(
                RUN,
                account,
                Map.of(id("a"), BookTarget.of(weights("SPY", 1.0))),
                prices("SPY", 400.0),
                PlanSettings.ALPACA);

        assertThat(plan.buys()).singleElement().extracting(Order::notional).isEqualTo(usd("1"));
    }

    @Test
    void aNetBuyUnderOneDollarIsDropped() {
        AccountBook account = AccountBook.of(ACCOUNT, List.of(book("a", "0.99")));

        RunPlan plan = RunPlanner.plan(
                RUN,
                account,
                Map.of(id("a"), BookTarget.of(weights("SPY", 1.0))),
                prices("SPY", 400.0),
                PlanSettings.ALPACA);

        assertThat(plan.orders()).isEmpty();
        assertThat(symbol(plan, "SPY").belowMinimum()).isTrue();
        assertThat(symbol(plan, "SPY").claims()).containsExactly(new Claim(id("a"), Quantity.ZERO, usd("0.99")));
    }

    @Test
    void aFailedBookIsLiquidatedWhileTheOthersTrade() {
        Problem cause = Problem.error("evaluation-failed", "RSI of XYZ: stale price", Location.UNKNOWN);
        AccountBook account =
                AccountBook.of(ACCOUNT, List.of(book("bad", "10", "TLT", "2", "SPY", "1"), book("good", "1000")));
        Map<BookId, BookTarget> targets =
                Map.of(id("bad"), BookTarget.failed(cause), id("good"), BookTarget.of(weights("SPY", 0.5, "GLD", 0.5)));

        RunPlan plan = RunPlanner.plan(
                RUN, account, targets, prices("SPY", 100.0, "TLT", 90.0, "GLD", 200.0), PlanSettings.ALPACA);

        BookPlan bad = plan.books().get(0);
        assertThat(bad.liquidation()).contains(cause);
        assertThat(bad.trades())
                .containsExactly(
                        new BookTrade(id("bad"), t("SPY"), Side.SELL, qty("1"), usd("100")),
                        new BookTrade(id("bad"), t("TLT"), Side.SELL, qty("2"), usd("180")));
        // good buys $500 SPY (5 shares), 1 of which comes from bad: net buy 500 − 100 = $400
        assertThat(plan.books().get(1).liquidates()).isFalse();
        assertThat(plan.orders())
                .extracting(Order::ticker, Order::side, Order::quantity, Order::notional)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(t("TLT"), Side.SELL, qty("2"), Money.ZERO),
                        org.assertj.core.groups.Tuple.tuple(t("GLD"), Side.BUY, Quantity.ZERO, usd("500")),
                        org.assertj.core.groups.Tuple.tuple(t("SPY"), Side.BUY, Quantity.ZERO, usd("400")));
    }

    @Test
    void aBookWhoseTargetHasNoLivePriceIsLiquidatedWithTheCause() {
        AccountBook account = AccountBook.of(ACCOUNT, List.of(book("a", "0", "SPY", "3")));

        RunPlan plan = RunPlanner.plan(
                RUN,
                account,
                Map.of(id("a"), BookTarget.of(weights("UVXY", 1.0))),
                prices("SPY", 100.0, "UVXY", Double.NaN),
                PlanSettings.ALPACA);

        assertThat(plan.books().get(0).liquidation()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo("no-live-price");
            assertThat(p.message()).contains("UVXY");
        });
        assertThat(plan.orders()).extracting(Order::quantity).containsExactly(qty("3"));
    }

    @Test
    void aHoldingWithoutPriceStaysInALiquidatedBookWithAWarning() {
        AccountBook account = AccountBook.of(ACCOUNT, List.of(book("a", "0", "SPY", "3", "OLD", "7")));

        RunPlan plan = RunPlanner.plan(
                RUN,
                account,
                Map.of(id("a"), BookTarget.of(Allocation.ALL_CASH)),
                prices("SPY", 100.0),
                PlanSettings.ALPACA);

        assertThat(plan.orders()).extracting(Order::ticker).containsExactly(t("SPY"));
        assertThat(plan.problems()).extracting(Problem::code).containsExactly("no-live-price");
        assertThat(plan.books().get(0).liquidation()).isPresent();
    }

    @Test
    void booksWithoutATargetAreNotTouched() {
        AccountBook account =
                AccountBook.of(ACCOUNT, List.of(book("a", "100", "SPY", "1"), book("idle", "50", "SPY", "2")));

        RunPlan plan = RunPlanner.plan(
                RUN,
                account,
                Map.of(id("a"), BookTarget.of(Allocation.ALL_CASH)),
                prices("SPY", 100.0),
                PlanSettings.ALPACA);

        assertThat(plan.books()).extracting(BookPlan::book).containsExactly(id("a"));
        assertThat(plan.orders()).extracting(Order::quantity).containsExactly(qty("1"));
    }

    @Test
    void rebalancingSellsOnlyTheExcessAndBuysWithTheProceeds() {
        // value 0 + 6·100 + 4·50 = 800; target 50/50 → SPY 400 (sell 2 shares), TLT 400 (buy $200)
        AccountBook account = AccountBook.of(ACCOUNT, List.of(book("a", "0", "SPY", "6", "TLT", "4")));

        RunPlan plan = RunPlanner.plan(
                RUN,
                account,
                Map.of(id("a"), BookTarget.of(weights("SPY", 0.5, "TLT", 0.5))),
                prices("SPY", 100.0, "TLT", 50.0),
                PlanSettings.ALPACA);

        assertThat(plan.books().get(0).trades())
                .containsExactly(
                        new BookTrade(id("a"), t("SPY"), Side.SELL, qty("2"), usd("200")),
                        // 200 − the 2·10⁻⁶ rounding reserve of one sell, rounded down to the cent
                        new BookTrade(id("a"), t("TLT"), Side.BUY, qty("3.9998"), usd("199.99")));
    }

    @Test
    void buysLeaveRoomForTheSimulatedSlippage() {
        // $1000 cash, all into SPY at 100 with 1 % slippage: notional = 1000 (the whole cash; the
        // gap 1000 costs 1010 with slippage, so it is scaled by 1000/1010 and then carries the 1 %).
        AccountBook account = AccountBook.of(ACCOUNT, List.of(book("a", "1000")));

        RunPlan plan = RunPlanner.plan(
                RUN,
                account,
                Map.of(id("a"), BookTarget.of(weights("SPY", 1.0))),
                prices("SPY", 100.0),
                PlanSettings.EXACT.withSlippage(0.01));

        assertThat(plan.buys().get(0).notional()).isEqualTo(usd("1000"));
    }

    @Test
    void planningTwiceGivesEqualPlans() {
        AccountBook account = AccountBook.of(
                ACCOUNT, List.of(book("a", "0", "SPY", "10"), book("b", "500"), book("c", "300", "QQQ", "1")));
        Map<BookId, BookTarget> targets = Map.of(
                id("a"), BookTarget.of(weights("QQQ", 1.0)),
                id("b"), BookTarget.of(weights("SPY", 0.3, "QQQ", 0.7)),
                id("c"), BookTarget.of(weights("SPY", 1.0)));

        RunPlan first =
                RunPlanner.plan(RUN, account, targets, prices("SPY", 512.34, "QQQ", 433.21), PlanSettings.ALPACA);
        RunPlan second =
                RunPlanner.plan(RUN, account, targets, prices("SPY", 512.34, "QQQ", 433.21), PlanSettings.ALPACA);

        assertThat(second).isEqualTo(first);
        assertThat(first.orders()).isNotEmpty();
    }

    @Test
    void buysDoNotCountOnTheProceedsOfASellUnderTheMinimum() {
        // a holds 0.004 SPY ($0.40 at 100) and $100, and rotates into QQQ: the SPY sell is under $1
        // and stays unsent, so the QQQ buy is sized on 100 − 0.000002 (sell reserve) → $99.99,
        // not on 100.40
        AccountBook account = AccountBook.of(ACCOUNT, List.of(book("a", "100", "SPY", "0.004")));

        RunPlan plan = RunPlanner.plan(
                RUN,
                account,
                Map.of(id("a"), BookTarget.of(weights("QQQ", 1.0))),
                prices("SPY", 100.0, "QQQ", 50.0),
                PlanSettings.ALPACA);

        assertThat(symbol(plan, "SPY").belowMinimum()).isTrue();
        assertThat(plan.orders()).singleElement().satisfies(o -> {
            assertThat(o.ticker()).isEqualTo(t("QQQ"));
            assertThat(o.notional()).isEqualTo(usd("99.99"));
        });
    }
}
