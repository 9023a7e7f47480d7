package com.oragami.server.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.BookId;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Quantity;
import com.oragami.engine.trading.SymphonyBook;
import com.oragami.server.ledger.Ledger;
import com.oragami.server.ledger.Performance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@org.springframework.context.annotation.Import(DailyRunIntegrationTest.Listener.class)
class DailyRunIntegrationTest extends TradingTestBase {

    static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);
    static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);

    @Autowired
    Ledger ledger;

    /** Every feature event the runs publish, for the live updates (subscriptions). */
    static final List<Object> published = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.springframework.boot.test.context.TestConfiguration
    static class Listener {
        @org.springframework.context.event.EventListener
        void on(SymphonyLiquidated e) {
            published.add(e);
        }

        @org.springframework.context.event.EventListener
        void on(RunProgressed e) {
            published.add(e);
        }

        @org.springframework.context.event.EventListener
        void on(RunCompleted e) {
            published.add(e);
        }
    }

    @Test
    void nettedDayCrossesOppositeTradesAndSendsOnlyTheRest() {
        User user = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(user.id(), account, "20000");
        broker.deposit("AAPL", "3"); // held outside the platform
        String a = deploy(user, upload(user, SPY_OR_TLT), account, "10000");
        // Thursday: SPY $500 (not above 1000) → A buys SPY for $10000.00 = 20 shares
        quotes.price(THURSDAY, "SPY", 500);
        broker.prices(Map.of("SPY", "500", "TLT", "90", "AAPL", "170"));
        at(THURSDAY, LocalTime.of(15, 50));

        assertThat(day.fire()).isEqualTo(1);

        assertThat(book(user, a).position(Ticker.of("SPY"))).isEqualTo(Quantity.of("20"));
        // Friday: SPY $1001 → A sells its 20 SPY for TLT; B, deployed with $5005, buys 5001/1001... 5005/1001 = 5 SPY
        at(FRIDAY, LocalTime.of(9, 0));
        String b = deploy(user, upload(user, ALWAYS_SPY), account, "5005");
        quotes.price(FRIDAY, "SPY", 1001);
        quotes.price(FRIDAY, "TLT", 100);
        broker.prices(Map.of("SPY", "1001", "TLT", "100", "AAPL", "170"));
        at(FRIDAY, LocalTime.of(15, 50));

        assertThat(day.fire()).isEqualTo(1);

        // 5 SPY cross inside at $1001; the broker sells the other 15 (15 × 1001 = 15015)
        // A's cash 20 × 1001 = 20020 less the 2e-6 sell reserve → TLT notional 20019.99 → 200.1999 TLT at $100
        List<TradingOrder> orders = orders(account, FRIDAY);
        assertThat(orders)
                .extracting(TradingOrder::ticker, TradingOrder::side, TradingOrder::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SPY", "SELL", "FILLED"),
                        org.assertj.core.groups.Tuple.tuple("TLT", "BUY", "FILLED"));
        assertThat(orders.get(0).quantity()).isEqualByComparingTo("15");
        assertThat(orders.get(1).notional()).isEqualByComparingTo("20019.99");
        SymphonyBook bookA = book(user, a);
        assertThat(bookA.positions()).containsOnlyKeys(Ticker.of("TLT"));
        assertThat(bookA.position(Ticker.of("TLT"))).isEqualTo(Quantity.of("200.1999"));
        assertThat(bookA.cash()).isEqualTo(Money.of("0.01")); // 20020 − 20019.99
        SymphonyBook bookB = book(user, b);
        assertThat(bookB.positions()).containsExactly(Map.entry(Ticker.of("SPY"), Quantity.of("5")));
        assertThat(bookB.cash()).isEqualTo(Money.ZERO); // 5005 − 5 × 1001
        // the account: 20000 − 10000 + 15015 − 20019.99 = 4995.01; AAPL untouched
        assertThat(broker.cash()).isEqualTo(Money.of("4995.01"));
        assertThat(broker.positions())
                .containsEntry(Ticker.of("AAPL"), Quantity.of("3"))
                .containsEntry(Ticker.of("SPY"), Quantity.of("5"))
                .containsEntry(Ticker.of("TLT"), Quantity.of("200.1999"));
        assertThat(eventKinds(account, FRIDAY)).contains("RUN_COMPLETED").doesNotContain("RECONCILIATION_DIFFERENCE");
        // A's values: 10000 after Thursday (20 × 500), 20020.00 after Friday (0.01 + 200.1999 × 100):
        // r = 10000/10000 − 1 = 0, then 20020/10000 − 1 = 1.002
        Performance performance = Performance.of(ledger.dailyValues(user.id(), BookId.of(a)));
        assertThat(performance.dailyReturns())
                .containsExactly(new double[] {0, 1.002}, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(performance.timeWeightedReturn()).isCloseTo(1.002, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void earlyCloseRunsAt1250AndSendsNothingAfter1259() {
        User user = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(user.id(), account, "1000");
        deploy(user, upload(user, ALWAYS_SPY), account, "1000");
        LocalDate blackFriday = LocalDate.of(2024, 11, 29); // closes at 13:00
        quotes.price(blackFriday, "SPY", 500);
        broker.prices(Map.of("SPY", "500"));
        at(blackFriday, LocalTime.of(12, 49));
        assertThat(day.fire()).isZero();

        at(blackFriday, LocalTime.of(12, 50));

        assertThat(day.fire()).isEqualTo(1);
        assertThat(broker.positions()).containsEntry(Ticker.of("SPY"), Quantity.of("2")); // $1000 / $500
        assertThat(AccountRun.deadline(com.oragami.engine.calendar.NyseCalendar.standard()
                        .session(blackFriday)
                        .orElseThrow()))
                .isEqualTo(java.time.ZonedDateTime.of(blackFriday, LocalTime.of(12, 59, 30), MutableClock.NEW_YORK)
                        .toInstant());
        at(blackFriday, LocalTime.of(15, 50));
        assertThat(day.due(clock.instant())).isEmpty();
        at(FRIDAY, LocalTime.of(12, 50)); // a full session: nothing at 12:50
        assertThat(day.due(clock.instant())).isEmpty();
    }

    @Test
    void holidayHasNoRun() {
        User user = register();
        String account = account();
        brokers.open(user.id(), account, "1000");
        deploy(user, upload(user, ALWAYS_SPY), account, "1000");
        at(LocalDate.of(2024, 7, 4), LocalTime.of(15, 50)); // Independence Day

        assertThat(day.fire()).isZero();

        assertThat(runCount(account)).isZero();
    }

    @Test
    void failingSymphonyIsLiquidatedWhileTheOthersTrade() {
        User user = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(user.id(), account, "10000");
        String spy = deploy(user, upload(user, ALWAYS_SPY), account, "5000");
        String xle = deploy(user, upload(user, XLE_IF_GLD), account, "4500");
        LocalDate wednesday = LocalDate.of(2024, 4, 10);
        LocalDate thursday = LocalDate.of(2024, 4, 11);
        quotes.price(wednesday, "SPY", 500);
        quotes.price(wednesday, "XLE", 90);
        quotes.price(wednesday, "GLD", 200);
        broker.prices(Map.of("SPY", "500", "XLE", "90"));
        at(wednesday, LocalTime.of(15, 50));
        assertThat(day.fire()).isEqualTo(1);
        assertThat(book(user, xle).position(Ticker.of("XLE"))).isEqualTo(Quantity.of("50")); // 4500 / 90
        quotes.missing("GLD");
        quotes.price(thursday, "SPY", 400);
        quotes.price(thursday, "XLE", 95);
        broker.prices(Map.of("SPY", "400", "XLE", "95"));
        at(thursday, LocalTime.of(15, 50));

        assertThat(day.fire()).isEqualTo(1);

        // XLE's book sells its 50 shares at $95 = $4750 and holds cash; SPY's keeps its 10 shares
        assertThat(book(user, xle).positions()).isEmpty();
        assertThat(book(user, xle).cash()).isEqualTo(Money.of("4750"));
        assertThat(book(user, spy).position(Ticker.of("SPY"))).isEqualTo(Quantity.of("10"));
        List<TradingEvent> events = deployments.events(runOf(account, thursday));
        assertThat(events)
                .filteredOn(e -> e.kind().equals("SYMPHONY_LIQUIDATED"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.deploymentId()).hasToString(xle);
                    assertThat(e.code()).isEqualTo("live-price-missing");
                    assertThat(e.message()).contains("GLD");
                });
        assertThat(deployments.find(user.id(), xle).orElseThrow().status()).isEqualTo(DeploymentStatus.ACTIVE);
        assertThat(published)
                .filteredOn(e -> e instanceof SymphonyLiquidated l
                        && l.deployment().toString().equals(xle))
                .singleElement()
                .satisfies(e -> assertThat(((SymphonyLiquidated) e).code()).isEqualTo("live-price-missing"));
        assertThat(published)
                .filteredOn(e -> e instanceof RunProgressed p
                        && p.accountId().equals(account)
                        && p.ticker().equals("XLE"))
                .extracting(e -> ((RunProgressed) e).status())
                .containsExactly("FILLED", "FILLED"); // Wednesday's buy, Thursday's sell
        assertThat(published)
                .filteredOn(e -> e instanceof RunCompleted c && c.accountId().equals(account))
                .hasSize(2);
    }

    @Test
    void brokerTimeoutAfterTheOrderWasAcceptedSendsNoDuplicate() {
        User user = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(user.id(), account, "10000");
        String a = deploy(user, upload(user, ALWAYS_SPY), account, "10000");
        quotes.price(THURSDAY, "SPY", 500);
        broker.prices(Map.of("SPY", "500"));
        broker.timeoutAfter = o -> true;
        at(THURSDAY, LocalTime.of(15, 50));

        assertThat(day.fire()).isEqualTo(1);

        assertThat(broker.submits.values()).containsExactly(1);
        assertThat(broker.accepted).containsExactly("SPY BUY");
        TradingOrder order = orders(account, THURSDAY).get(0);
        assertThat(order.status()).isEqualTo("FILLED");
        assertThat(order.attempts()).isEqualTo(2); // the timeout, then the look-up that found it
        assertThat(book(user, a).position(Ticker.of("SPY"))).isEqualTo(Quantity.of("20"));
    }

    @Test
    void crashAfterHalfTheOrdersIsResumedByAnotherNodeWithoutDuplicates() {
        User user = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(user.id(), account, "20000");
        String spy = deploy(user, upload(user, ALWAYS_SPY), account, "10000");
        String tlt = deploy(user, upload(user, ALWAYS_TLT), account, "9000");
        quotes.price(THURSDAY, "SPY", 500);
        quotes.price(THURSDAY, "TLT", 90);
        broker.prices(Map.of("SPY", "500", "TLT", "90"));
        broker.crashAfter = o -> o.ticker().symbol().equals("SPY");
        at(THURSDAY, LocalTime.of(15, 50));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> day.fire("node-a"))
                .isInstanceOf(TestBrokers.Crash.class);
        assertThat(day.fire("node-b")).isZero(); // node-a's lease still runs
        clock.advance(java.time.Duration.ofSeconds(46));
        assertThat(day.fire("node-b")).isEqualTo(1);

        assertThat(broker.submits.values()).containsExactly(1, 1);
        assertThat(broker.accepted).containsExactlyInAnyOrder("SPY BUY", "TLT BUY");
        TradingRun run = runOf(account, THURSDAY);
        assertThat(run.status()).isEqualTo(TradingRun.DONE);
        assertThat(run.attempts()).isEqualTo(2);
        assertThat(run.claimedBy()).isEqualTo("node-b");
        assertThat(book(user, spy).position(Ticker.of("SPY"))).isEqualTo(Quantity.of("20")); // 10000 / 500
        assertThat(book(user, tlt).position(Ticker.of("TLT"))).isEqualTo(Quantity.of("100")); // 9000 / 90
        assertThat(eventKinds(account, THURSDAY)).doesNotContain("RECONCILIATION_DIFFERENCE", "MISSED_REBALANCE");
    }

    @Test
    void twoNodesOnOneDatabaseRunEachAccountOnce() throws Exception {
        User user = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(user.id(), account, "10000");
        deploy(user, upload(user, ALWAYS_SPY), account, "10000");
        quotes.price(THURSDAY, "SPY", 500);
        broker.prices(Map.of("SPY", "500"));
        at(THURSDAY, LocalTime.of(15, 50));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.Callable<Integer> n1 = () -> {
            start.await();
            return day.fire("node-1");
        };
        java.util.concurrent.Callable<Integer> n2 = () -> {
            start.await();
            return day.fire("node-2");
        };

        java.util.concurrent.Future<Integer> f1 = nodes.submit(n1);
        java.util.concurrent.Future<Integer> f2 = nodes.submit(n2);
        start.countDown();
        int done = f1.get() + f2.get();
        nodes.shutdown();

        assertThat(done).isEqualTo(1);
        assertThat(broker.submits.values()).containsExactly(1);
        assertThat(runOf(account, THURSDAY).attempts()).isEqualTo(1);
        assertThat(book(user, deployments.list(user.id()).get(0).id().toString())
                        .position(Ticker.of("SPY")))
                .isEqualTo(Quantity.of("20"));
    }

    @Test
    void runThatCouldNotBePlannedBeforeTheDeadlineFailsAndSendsNothing() {
        User user = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(user.id(), account, "1000");
        deploy(user, upload(user, ALWAYS_SPY), account, "1000");
        quotes.price(THURSDAY, "SPY", 500);
        broker.prices(Map.of("SPY", "500"));
        at(THURSDAY, LocalTime.of(15, 59, 31));

        assertThat(day.fire()).isEqualTo(1);

        assertThat(runOf(account, THURSDAY).status()).isEqualTo(TradingRun.FAILED);
        assertThat(broker.submits).isEmpty();
        assertThat(eventKinds(account, THURSDAY)).containsExactly("RUN_FAILED");
    }

    @Test
    void liquidateSellsAtTheNextRunThenPausesAndUndeployReturnsTheCash() {
        User user = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(user.id(), account, "1000");
        String a = deploy(user, upload(user, ALWAYS_SPY), account, "1000");
        quotes.price(THURSDAY, "SPY", 500);
        quotes.price(FRIDAY, "SPY", 510);
        broker.prices(Map.of("SPY", "500"));
        at(THURSDAY, LocalTime.of(15, 50));
        day.fire();
        assertThat(deployments.liquidate(user.id(), a).deployment().status()).isEqualTo(DeploymentStatus.LIQUIDATING);
        broker.prices(Map.of("SPY", "510"));
        at(FRIDAY, LocalTime.of(15, 50));

        day.fire();

        // 2 shares sold at $510
        assertThat(book(user, a).positions()).isEmpty();
        assertThat(book(user, a).cash()).isEqualTo(Money.of("1020"));
        assertThat(deployments.find(user.id(), a).orElseThrow().status()).isEqualTo(DeploymentStatus.PAUSED);
        DeploymentPayload undeployed = deployments.undeploy(user.id(), a);
        assertThat(undeployed.deployment().status()).isEqualTo(DeploymentStatus.UNDEPLOYED);
        assertThat(ledger.books(user.id(), com.oragami.engine.trading.AccountId.of(account))
                        .books())
                .isEmpty();
        assertThat(broker.cash()).isEqualTo(Money.of("1020"));
    }

    @Test
    void ledgerActionsKeepTheBooksWithinTheAccount() {
        User user = register();
        String account = account();
        brokers.open(user.id(), account, "1000");
        String symphony = upload(user, ALWAYS_SPY);
        String a = deploy(user, symphony, account, "600");

        assertThat(deployments.deploy(user.id(), symphony, account, "400.01").problems())
                .extracting(com.oragami.engine.Problem::code)
                .containsExactly("insufficient-account-cash"); // 1000 − 600 = 400 free
        assertThat(deployments.addMoney(user.id(), a, "400").problems()).isEmpty();
        assertThat(deployments.addMoney(user.id(), a, "0.01").problems())
                .extracting(com.oragami.engine.Problem::code)
                .containsExactly("insufficient-account-cash");
        assertThat(deployments.withdraw(user.id(), a, "1000.01").problems())
                .extracting(com.oragami.engine.Problem::code)
                .containsExactly("insufficient-cash");
        assertThat(deployments.withdraw(user.id(), a, "250").problems()).isEmpty();
        assertThat(deployments.addMoney(user.id(), a, "1.001").problems())
                .extracting(com.oragami.engine.Problem::code)
                .containsExactly("amount-invalid");
        assertThat(deployments.pause(user.id(), a).deployment().status()).isEqualTo(DeploymentStatus.PAUSED);
        assertThat(deployments.pause(user.id(), a).problems())
                .extracting(com.oragami.engine.Problem::code)
                .containsExactly("deployment-status");
        assertThat(deployments.resume(user.id(), a).deployment().status()).isEqualTo(DeploymentStatus.ACTIVE);

        assertThat(book(user, a).cash()).isEqualTo(Money.of("750")); // 600 + 400 − 250
    }

    int runCount(String account) {
        return jdbc.sql("SELECT count(*) FROM trading_run WHERE account_id = :a")
                .param("a", account)
                .query(Integer.class)
                .single();
    }

    SymphonyBook book(User user, String deployment) {
        return ledger.book(user.id(), BookId.of(deployment)).orElseThrow();
    }

    List<TradingOrder> orders(String account, LocalDate date) {
        TradingRun run = runOf(account, date);
        return deployments.orders(run);
    }

    TradingRun runOf(String account, LocalDate date) {
        java.util.UUID id = jdbc.sql("SELECT id FROM trading_run WHERE account_id = :a AND trading_date = :d")
                .param("a", account)
                .param("d", date)
                .query(java.util.UUID.class)
                .single();
        java.util.UUID owner = jdbc.sql("SELECT owner_id FROM trading_run WHERE id = :id")
                .param("id", id)
                .query(java.util.UUID.class)
                .single();
        return deployments
                .run(new com.oragami.server.platform.UserId(owner), id.toString())
                .orElseThrow();
    }

    List<String> eventKinds(String account, LocalDate date) {
        return deployments.events(runOf(account, date)).stream()
                .map(TradingEvent::kind)
                .toList();
    }
}
