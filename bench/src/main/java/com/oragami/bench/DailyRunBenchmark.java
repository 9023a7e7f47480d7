package com.oragami.bench;

import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.AccountBook;
import com.oragami.engine.trading.AccountId;
import com.oragami.engine.trading.BookId;
import com.oragami.engine.trading.DailyRun;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.PlanSettings;
import com.oragami.engine.trading.Quantity;
import com.oragami.engine.trading.RunId;
import com.oragami.engine.trading.SymphonyBook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 7: the daily run of 40 accounts with 40 deployed symphonies each (the ten real symphonies
 * in turn, half the books already holding TQQQ), on the engine's simulated broker: evaluation,
 * netting, the order plan and the fills. Once with the ten distinct symphonies prepared beforehand,
 * once preparing them (the indicators over the whole history) inside the measurement, as a run
 * that shares one evaluator per distinct symphony would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DailyRunBenchmark {

    static final int ACCOUNTS = 40;
    static final int SYMPHONIES_PER_ACCOUNT = 40;

    @Param("")
    public String root;

    @Param("2024-06-03")
    public String date;

    private List<Symphony> symphonies;
    private PriceTable prices;
    private List<SymphonyEvaluator> prepared;
    private int day;

    @Setup
    public void setUp() {
        Path dir = Inputs.root(root);
        symphonies = Inputs.ALL_REAL.stream()
                .map(name -> Inputs.symphony(Inputs.file(dir, name)))
                .toList();
        Set<Ticker> tickers = new TreeSet<>();
        symphonies.forEach(s -> tickers.addAll(s.tickers()));
        prices = Inputs.prices(tickers);
        prepared = prepareAll();
        day = prices.indexOnOrBefore(LocalDate.parse(date));
    }

    private List<SymphonyEvaluator> prepareAll() {
        return symphonies.stream().map(s -> Inputs.prepare(s, prices)).toList();
    }

    private List<DailyRun.Outcome> run(List<SymphonyEvaluator> evaluators) {
        Map<BookId, SymphonyEvaluator> byBook = new TreeMap<>();
        List<AccountBook> accounts = new ArrayList<>(ACCOUNTS);
        for (int a = 0; a < ACCOUNTS; a++) {
            List<SymphonyBook> books = new ArrayList<>(SYMPHONIES_PER_ACCOUNT);
            for (int s = 0; s < SYMPHONIES_PER_ACCOUNT; s++) {
                BookId id = BookId.of("a" + a + "/s" + s);
                SymphonyBook book = SymphonyBook.funded(id, Money.of(String.valueOf(1000 + 37 * s)));
                if (s % 2 == 1) {
                    book = book.withPosition(Ticker.of("TQQQ"), Quantity.of("3.5"));
                }
                books.add(book);
                byBook.put(id, evaluators.get((a + s) % evaluators.size()));
            }
            accounts.add(AccountBook.of(AccountId.of("a" + a), books));
        }
        return DailyRun.runAccounts(RunId.of(date), accounts, byBook, day, PlanSettings.ALPACA);
    }

    @Benchmark
    public List<DailyRun.Outcome> fortyAccountsOfFortySymphoniesPrepared() {
        return run(prepared);
    }

    @Benchmark
    public List<DailyRun.Outcome> fortyAccountsOfFortySymphoniesPreparingEach() {
        return run(prepareAll());
    }
}
