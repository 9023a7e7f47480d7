package com.oragami.engine.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Problem;
import com.oragami.engine.eval.SymphonyEvaluator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DailyRunTest {

    private static final List<SymphonyEvaluator> EVALUATORS =
            List.of(RealSymphonies.evaluator(0), RealSymphonies.evaluator(1), RealSymphonies.evaluator(2));

    /** {@code accounts} accounts of {@code perAccount} books each, half in cash, half holding SPY. */
    private static List<AccountBook> accounts(int accounts, int perAccount, Map<BookId, SymphonyEvaluator> evaluators) {
        List<AccountBook> out = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            List<SymphonyBook> books = new ArrayList<>();
            for (int s = 0; s < perAccount; s++) {
                BookId id = BookId.of("a" + a + "/s" + s);
                SymphonyBook book = SymphonyBook.funded(id, Money.of(String.valueOf(1000 + 37 * s)));
                if (s % 2 == 1) {
                    book = book.withPosition(com.oragami.engine.symphony.Ticker.of("TQQQ"), Quantity.of("3.5"));
                }
                books.add(book);
                evaluators.put(id, EVALUATORS.get((a + s) % EVALUATORS.size()));
            }
            out.add(AccountBook.of(AccountId.of("a" + a), books));
        }
        return out;
    }

    @Test
    void fortyAccountsOfFortySymphoniesArePlannedTheSameTwice() {
        Map<BookId, SymphonyEvaluator> evaluators = new TreeMap<>();
        List<AccountBook> accounts = accounts(40, 40, evaluators);
        int day = RealSymphonies.PRICES.indexOf(LocalDate.of(2024, 6, 3));

        List<DailyRun.Outcome> first =
                DailyRun.runAccounts(RunId.of("2024-06-03"), accounts, evaluators, day, PlanSettings.ALPACA);
        List<DailyRun.Outcome> second =
                DailyRun.runAccounts(RunId.of("2024-06-03"), accounts, evaluators, day, PlanSettings.ALPACA);

        assertThat(first).hasSize(40);
        assertThat(second)
                .extracting(DailyRun.Outcome::plan)
                .isEqualTo(first.stream().map(DailyRun.Outcome::plan).toList());
        assertThat(first).allSatisfy(o -> {
            assertThat(o.plan().books()).hasSize(40);
            assertThat(o.plan().orders()).isNotEmpty();
            assertThat(o.settlement().problems()).isEmpty();
        });
    }

    @Test
    void aBookThatCannotBeEvaluatedIsLiquidatedWhileTheOthersTrade() {
        Map<BookId, SymphonyEvaluator> evaluators = new TreeMap<>();
        List<AccountBook> accounts = accounts(1, 4, evaluators);
        int day = 0; // the table's first day, long before any symphony's indicators are defined

        DailyRun.Outcome outcome = DailyRun.runAccounts(RunId.of("r"), accounts, evaluators, day, PlanSettings.ALPACA)
                .get(0);

        assertThat(outcome.plan().books())
                .allSatisfy(b -> assertThat(b.liquidation())
                        .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("not-evaluable")));
    }

    @Test
    void anEvaluatorThatThrowsLiquidatesItsBook() {
        SymphonyEvaluator e = EVALUATORS.get(0);

        BookTarget target = DailyRun.target(BookId.of("x"), e, RealSymphonies.PRICES.size());

        assertThat(target)
                .isInstanceOfSatisfying(
                        BookTarget.Failed.class,
                        f -> assertThat(f.cause()).extracting(Problem::code).isEqualTo("evaluation-failed"));
    }
}
