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

class DailyRunIntegrationTest extends TradingTestBase {

    static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);
    static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);

    @Autowired
    Ledger ledger;

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
