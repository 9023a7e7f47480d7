package com.oragami.cli;

import static com.oragami.cli.Cli.TQQQ;
import static com.oragami.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BacktestCommandTest {

    /** Issue 4 §4, in its order. */
    private static final List<String> METRICS = List.of(
            "cagr",
            "sharpe",
            "sortino",
            "calmar",
            "max_drawdown",
            "volatility",
            "avg_return",
            "avg_win",
            "avg_loss",
            "win_rate",
            "profit_factor",
            "value_at_risk",
            "conditional_value_at_risk",
            "kelly_criterion",
            "recovery_factor",
            "ulcer_index",
            "skew",
            "kurtosis",
            "best",
            "worst",
            "comp");

    private static final List<String> COMPOSER_STATS = List.of(
            "cumulative_return",
            "annualized_rate_of_return",
            "max_drawdown",
            "calmar_ratio",
            "sharpe_ratio",
            "sortino_ratio",
            "standard_deviation",
            "mean",
            "median",
            "min",
            "max",
            "skewness",
            "kurtosis",
            "win_rate",
            "trailing_one_day_return",
            "trailing_one_week_return",
            "trailing_two_week_return",
            "trailing_one_month_return",
            "trailing_three_month_return",
            "trailing_one_year_return",
            "alpha",
            "beta",
            "r_square",
            "pearson_r");

    private static Map<String, Object> json(Object... args) {
        Object[] all = Stream.concat(Stream.of("backtest", TQQQ, "--json"), Stream.of(args))
                .toArray();
        return JsonTree.object(run(all).succeeds().out());
    }

    @Test
    void jsonDocumentHasExactlyTheKeysAndMetricNamesOfIssueFour() {
        Map<String, Object> doc = json("--from", "2020-01-02", "--to", "2020-12-31");

        assertThat(doc.keySet())
                .containsExactly(
                        "symphony",
                        "start",
                        "end",
                        "warnings",
                        "metrics",
                        "composer_stats",
                        "benchmark",
                        "equity",
                        "allocations",
                        "rebalances");
        assertThat(JsonTree.map(doc.get("metrics")).keySet()).containsExactlyElementsOf(METRICS);
        assertThat(JsonTree.map(doc.get("composer_stats")).keySet()).containsExactlyElementsOf(COMPOSER_STATS);
        Map<String, Object> benchmark = JsonTree.map(doc.get("benchmark"));
        assertThat(benchmark.keySet()).containsExactly("ticker", "metrics", "composer_stats", "equity");
        assertThat(benchmark.get("ticker")).isEqualTo("SPY");
        assertThat(JsonTree.map(benchmark.get("metrics")).keySet()).containsExactlyElementsOf(METRICS);
        assertThat(JsonTree.map(benchmark.get("composer_stats")).keySet()).containsExactlyElementsOf(COMPOSER_STATS);
        List<Object> equity = JsonTree.list(doc.get("equity"));
        assertThat(JsonTree.list(benchmark.get("equity"))).hasSameSizeAs(equity);
        assertThat(JsonTree.map(equity.get(0)).keySet()).containsExactly("date", "value");
        Map<String, Object> allocation =
                JsonTree.map(JsonTree.list(doc.get("allocations")).get(0));
        assertThat(allocation.keySet()).containsExactly("date", "weights");
        Map<String, Object> rebalance =
                JsonTree.map(JsonTree.list(doc.get("rebalances")).get(0));
        assertThat(rebalance.keySet()).containsExactly("date", "trades", "costs");
    }

    @Test
    void tradesNameTheirTickerAsAString() {
        Map<String, Object> doc = json("--from", "2020-01-02", "--to", "2020-01-31");

        Map<String, Object> trade = JsonTree.map(
                JsonTree.list(JsonTree.map(JsonTree.list(doc.get("rebalances")).get(0))
                                .get("trades"))
                        .get(0));
        assertThat(trade.get("ticker")).isInstanceOf(String.class);
    }

    @Test
    void fromAndToAreHonoured() {
        Map<String, Object> doc = json("--from", "2020-01-02", "--to", "2020-12-31");

        assertThat(doc.get("start")).isEqualTo("2020-01-02");
        assertThat(doc.get("end")).isEqualTo("2020-12-31");
        List<Object> equity = JsonTree.list(doc.get("equity"));
        // 2020 had 253 NYSE sessions
        assertThat(equity).hasSize(253);
        assertThat(JsonTree.map(equity.get(0)).get("date")).isEqualTo("2020-01-02");
        assertThat(JsonTree.map(equity.get(252)).get("date")).isEqualTo("2020-12-31");
        assertThat(JsonTree.map(JsonTree.list(JsonTree.map(doc.get("benchmark")).get("equity"))
                                .get(0))
                        .get("value"))
                .isEqualTo(10_000.0);
    }

    @Test
    void allocationsSumToAtMostOne() {
        Map<String, Object> doc = json("--from", "2020-01-02", "--to", "2020-12-31");

        for (Object day : JsonTree.list(doc.get("allocations"))) {
            double sum = JsonTree.map(JsonTree.map(day).get("weights")).values().stream()
                    .mapToDouble(v -> (Double) v)
                    .sum();
            assertThat(sum).isLessThanOrEqualTo(1 + 1e-9).isGreaterThan(0.99);
        }
    }

    @Test
    void monthlyRebalanceChangesTheRebalanceCount() {
        int daily = JsonTree.list(
                        json("--from", "2020-01-02", "--to", "2020-12-31").get("rebalances"))
                .size();
        int monthly = JsonTree.list(json("--from", "2020-01-02", "--to", "2020-12-31", "--rebalance", "monthly")
                        .get("rebalances"))
                .size();

        assertThat(daily).isEqualTo(253);
        // the first day and the first trading day of each of the 11 later months
        assertThat(monthly).isEqualTo(12);
    }

    @Test
    void noFeesGivesZeroFeesAndFeesAreChargedOtherwise() {
        Map<String, Object> withFees = json("--from", "2020-01-02", "--to", "2020-12-31");
        Map<String, Object> without = json("--from", "2020-01-02", "--to", "2020-12-31", "--no-fees");

        assertThat(totalCost(without, "fees")).isZero();
        assertThat(totalCost(withFees, "fees")).isPositive();
        assertThat(totalCost(without, "slippage")).isPositive();
    }

    @Test
    void zeroSlippageAndNoFeesCostNothing() {
        Map<String, Object> doc =
                json("--from", "2020-01-02", "--to", "2020-03-31", "--no-fees", "--slippage-bps", "0");

        assertThat(totalCost(doc, "fees") + totalCost(doc, "slippage")).isZero();
        assertThat(JsonTree.map(JsonTree.list(doc.get("equity")).get(0)).get("value"))
                .isEqualTo(10_000.0);
    }

    @Test
    void capitalScalesTheEquity() {
        Map<String, Object> small = json("--from", "2020-01-02", "--to", "2020-03-31", "--capital", "10000");
        Map<String, Object> large = json("--from", "2020-01-02", "--to", "2020-03-31", "--capital", "20000");

        double a =
                (Double) JsonTree.map(JsonTree.list(small.get("equity")).get(0)).get("value");
        double b =
                (Double) JsonTree.map(JsonTree.list(large.get("equity")).get(0)).get("value");
        assertThat(b).isCloseTo(2 * a, within(1e-6));
    }

    @Test
    void textSummaryHasBothMetricTablesAndTheBenchmark() {
        Cli.Result result = run("backtest", TQQQ, "--from", "2020-01-02", "--to", "2020-12-31")
                .succeeds();

        assertThat(result.out())
                .contains("2020-01-02 to 2020-12-31, 253 trading days")
                .containsPattern("metrics \\(quantstats\\) +strategy +SPY")
                .containsPattern("composer_stats +strategy +SPY")
                .containsPattern("(?m)^cagr ")
                .containsPattern("(?m)^pearson_r ");
    }

    @Test
    void shortHistoryIsAWarning() {
        Map<String, Object> doc = json();

        assertThat(doc.get("start")).isEqualTo("2011-10-18");
        assertThat(JsonTree.list(doc.get("warnings")))
                .anySatisfy(w -> assertThat((String) w).contains("UVXY").contains("2011-10-18"));
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(new String[] {"--from", "2030-01-01"}, "2030-01-01"),
                Arguments.of(new String[] {"--to", "1990-01-01"}, "1990-01-01"),
                Arguments.of(new String[] {"--from", "2020-01-04", "--to", "2020-01-05"}, "2020-01-04"),
                Arguments.of(new String[] {"--benchmark", "ZZZZ"}, "ZZZZ"),
                Arguments.of(new String[] {"--capital", "-5"}, "--capital must be a positive"),
                Arguments.of(new String[] {"--capital", "0"}, "--capital must be a positive"),
                Arguments.of(new String[] {"--capital", "abc"}, "'abc'"),
                Arguments.of(new String[] {"--from", "2020-01-01", "--to", "2019-01-01"}, "is after --to"),
                Arguments.of(new String[] {"--rebalance", "fortnightly"}, "--rebalance must be"),
                Arguments.of(new String[] {"--rebalance", "150%"}, "\"150%\""),
                Arguments.of(new String[] {"--slippage-bps", "-1"}, "--slippage-bps"),
                Arguments.of(new String[] {"--from", "2020-13-01"}, "2020-13-01"),
                Arguments.of(new String[] {"--data", "/no/such/folder"}, "not a folder"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badOptions")
    void badOptionsExitTwoWithAClearMessage(String[] options, String message) {
        Object[] args = Stream.concat(Stream.of("backtest", TQQQ.toString()), Stream.of(options))
                .toArray();

        Cli.Result result = run(args).failsCleanly();

        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(message);
        assertThat(result.errLines()).hasSizeLessThanOrEqualTo(2); // the message, and for usage errors a hint
    }

    @Test
    void unknownTickerInTheSymphonyNeedsSyntheticAndWorksWithIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("zz.edn"),
                "{:step :root :name \"ZZ\" :rebalance :daily :children [{:step :wt-cash-equal :children"
                        + " [{:step :asset :ticker \"ZZZZ\"} {:step :asset :ticker \"SPY\"}]}]}");

        Cli.Result missing = run("backtest", file).failsWithOneLine();
        assertThat(missing.err()).contains("ZZZZ").contains("--synthetic");

        Cli.Result synthetic = run(
                        "backtest", file, "--synthetic", "--json", "--from", "2020-01-02", "--to", "2020-03-31")
                .succeeds();
        assertThat(JsonTree.list(JsonTree.object(synthetic.out()).get("warnings")))
                .contains("synthetic prices (not market data) for ZZZZ");
    }

    private static double totalCost(Map<String, Object> doc, String kind) {
        return JsonTree.list(doc.get("rebalances")).stream()
                .mapToDouble(
                        r -> (Double) JsonTree.map(JsonTree.map(r).get("costs")).get(kind))
                .sum();
    }
}
