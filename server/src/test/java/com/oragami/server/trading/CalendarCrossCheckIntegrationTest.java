package com.oragami.server.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.calendar.Session;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.Quantity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily run compares today's NYSE session with the broker's calendar and follows the broker. */
class CalendarCrossCheckIntegrationTest extends TradingTestBase {

    /** A full NYSE session (09:30–16:00). */
    static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

    @Autowired
    AccountRun accountRun;

    /** An account of $1000 in Always SPY with SPY at $500, at 15:50 on Thursday. */
    private TestBrokers.TestBroker setUp(String account) {
        User user = register();
        TestBrokers.TestBroker broker = brokers.open(user.id(), account, "1000");
        deploy(user, upload(user, ALWAYS_SPY), account, "1000");
        quotes.price(THURSDAY, "SPY", 500);
        broker.prices(Map.of("SPY", "500"));
        at(THURSDAY, LocalTime.of(15, 50));
        return broker;
    }

    @Test
    void agreeingCalendarsRecordNothingAndTrade() {
        String account = account();
        TestBrokers.TestBroker broker = setUp(account);

        assertThat(day.fire()).isEqualTo(1);

        assertThat(broker.positions()).containsEntry(Ticker.of("SPY"), Quantity.of("2")); // $1000 / $500
        assertThat(kinds(account)).contains("RUN_COMPLETED").noneMatch(k -> k.startsWith("CALENDAR_"));
        assertThat(broker.calendarCalls).hasValue(1);
    }

    @Test
    void brokerWithoutSessionTodayStopsTheRunAndSaysSo() {
        String account = account();
        TestBrokers.TestBroker broker = setUp(account);
        broker.calendar = d -> Optional.empty();

        assertThat(day.fire()).isEqualTo(1);

        assertThat(broker.accepted).isEmpty();
        assertThat(broker.positions()).isEmpty();
        TradingRun run = runOf(account);
        assertThat(run.status()).isEqualTo(TradingRun.FAILED);
        assertThat(deployments.orders(run)).isEmpty();
        assertThat(deployments.events(run)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("CALENDAR_MISMATCH");
            assertThat(e.code()).isEqualTo("broker-no-session");
            assertThat(e.message())
                    .contains("the NYSE calendar says a session on 2024-03-14 closing at 16:00")
                    .contains("the broker says no session");
        });
        // the next firing finds the run finished: no second calendar call, no second event
        at(THURSDAY, LocalTime.of(15, 51));
        assertThat(day.fire()).isZero();
        assertThat(broker.calendarCalls).hasValue(1);
        assertThat(deployments.events(run)).hasSize(1);
    }

    @Test
    void brokerEarlyCloseMovesTheDeadlineSoOrdersPlannedAt1550AreMissed() {
        String account = account();
        TestBrokers.TestBroker broker = setUp(account);
        broker.calendar = d -> Optional.of(new Session(d, LocalTime.of(9, 30), LocalTime.of(13, 0), true));

        assertThat(day.fire()).isEqualTo(1);

        // the deadline follows the broker: 13:00 − 30 s = 12:59:30, before the 15:50 run
        Session nyse = NyseCalendar.standard().session(THURSDAY).orElseThrow();
        AccountRun.CalendarCheck check = accountRun.checkCalendar(account, nyse); // cached: no new call
        assertThat(check.session().map(AccountRun::deadline))
                .contains(ZonedDateTime.of(THURSDAY, LocalTime.of(12, 59, 30), MutableClock.NEW_YORK)
                        .toInstant());
        assertThat(broker.calendarCalls).hasValue(1);
        assertThat(broker.accepted).isEmpty();
        TradingRun run = runOf(account);
        assertThat(deployments.orders(run))
                .extracting(TradingOrder::ticker, TradingOrder::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SPY", TradingOrder.MISSED));
        List<TradingEvent> events = deployments.events(run);
        assertThat(events).extracting(TradingEvent::kind).contains("CALENDAR_MISMATCH", "MISSED_REBALANCE");
        assertThat(events)
                .filteredOn(e -> e.kind().equals("CALENDAR_MISMATCH"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("broker-other-close");
                    assertThat(e.message())
                            .contains("closing at 16:00")
                            .contains("the broker says a session on 2024-03-14 closing at 13:00");
                });
    }

    @Test
    void unreadableBrokerCalendarIsRecordedAndTheRunFollowsTheNyse() {
        String account = account();
        TestBrokers.TestBroker broker = setUp(account);
        broker.calendar = d -> {
            throw new IllegalStateException("calendar read timed out");
        };

        assertThat(day.fire()).isEqualTo(1);

        assertThat(broker.positions()).containsEntry(Ticker.of("SPY"), Quantity.of("2")); // $1000 / $500
        List<TradingEvent> events = deployments.events(runOf(account));
        assertThat(events).extracting(TradingEvent::kind).contains("CALENDAR_UNCHECKED", "RUN_COMPLETED");
        assertThat(events)
                .filteredOn(e -> e.kind().equals("CALENDAR_UNCHECKED"))
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("calendar read timed out"));
        assertThat(broker.calendarCalls).hasValue(1);
    }

    private List<String> kinds(String account) {
        return deployments.events(runOf(account)).stream()
                .map(TradingEvent::kind)
                .toList();
    }

    private TradingRun runOf(String account) {
        UUID id = jdbc.sql("SELECT id FROM trading_run WHERE account_id = :a AND trading_date = :d")
                .param("a", account)
                .param("d", THURSDAY)
                .query(UUID.class)
                .single();
        UUID owner = jdbc.sql("SELECT owner_id FROM trading_run WHERE id = :id")
                .param("id", id)
                .query(UUID.class)
                .single();
        return deployments
                .run(new com.oragami.server.platform.UserId(owner), id.toString())
                .orElseThrow();
    }
}
