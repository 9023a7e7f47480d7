package com.oragami.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.Severity;
import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.symphony.Asset;
import com.oragami.engine.symphony.Branch;
import com.oragami.engine.symphony.Cash;
import com.oragami.engine.symphony.Comparator;
import com.oragami.engine.symphony.Condition;
import com.oragami.engine.symphony.Constant;
import com.oragami.engine.symphony.EqualWeight;
import com.oragami.engine.symphony.Filter;
import com.oragami.engine.symphony.Group;
import com.oragami.engine.symphony.IfElse;
import com.oragami.engine.symphony.IndicatorCall;
import com.oragami.engine.symphony.InverseVolatilityWeight;
import com.oragami.engine.symphony.MarketCapWeight;
import com.oragami.engine.symphony.Node;
import com.oragami.engine.symphony.NodeId;
import com.oragami.engine.symphony.Ranking;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.SourceMap;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.symphony.Weight;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckerTest {

    private static final NodeId ID = NodeId.of("n");

    private static Asset asset(String ticker) {
        return new Asset(ID, Ticker.of(ticker), "");
    }

    private static Symphony symphony(Node... top) {
        return new Symphony(ID, "test", "", Rebalance.DAILY, List.of(top));
    }

    private static List<Problem> check(Symphony symphony) {
        return Checker.check(symphony, SourceMap.empty("t.json"));
    }

    private static IfElse ifRsi(int window, List<Node> then, List<Node> otherwise) {
        Condition condition = new Condition.Comparison(
                new IndicatorCall(IndicatorKind.RELATIVE_STRENGTH_INDEX, Ticker.of("SPY"), window),
                Comparator.GT,
                new Constant(70));
        return new IfElse(ID, List.of(Branch.when(ID, condition, then)), Branch.otherwise(ID, otherwise));
    }

    @Test
    void acceptsAWellFormedTree() {
        Symphony ok = symphony(new EqualWeight(ID, List.of(ifRsi(10, List.of(asset("UVXY")), List.of(asset("SPY"))))));

        assertThat(check(ok)).isEmpty();
    }

    @Test
    void rejectsWindowOfZeroWithItsNodePath() {
        Symphony bad = symphony(new EqualWeight(
                ID, List.of(asset("BIL"), ifRsi(0, List.of(asset("A")), List.of(asset("B"))))));

        List<Problem> problems = check(bad);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("window-not-positive");
            assertThat(p.where().nodePath()).isEqualTo("root > wt-cash-equal[0] > if[1] > if-child[0]");
            assertThat(p.message()).contains("relative-strength-index of SPY").contains("got 0");
        });
    }

    @Test
    void usesTheSourceMapForLineAndColumn() {
        Symphony bad = symphony(new EqualWeight(ID, List.of(ifRsi(-3, List.of(asset("A")), List.of(asset("B"))))));
        String path = "root > wt-cash-equal[0] > if[0] > if-child[0]";
        SourceMap map = new SourceMap("f.json", Map.of(path, Location.of("f.json", 41, 17)));

        Problem problem = Checker.check(bad, map).get(0);

        assertThat(problem.toString())
                .isEqualTo("f.json:41:17 (" + path + "): error: window of relative-strength-index of SPY must be a"
                        + " whole number ≥ 1, got -3 [window-not-positive]");
    }

    @Test
    void warnsThatSpecifiedWeightsFarFromHundredPercentAreScaled() {
        SpecifiedWeight weights = new SpecifiedWeight(
                ID, List.of(new Weight(60, 100), new Weight(30, 100)), List.of(asset("SPY"), asset("TLT")));

        assertThat(check(symphony(weights))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("weights-not-100");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).isEqualTo("specified weights add up to 90 %, not 100 %; they are scaled to 100 %");
        });
    }

    @Test
    void warnsWhenSpecifiedWeightsAreOnlyRoundedAwayFromHundred() {
        // 33.33 × 3 = 99.99 %: Composer's editor rounds thirds like this
        SpecifiedWeight thirds = new SpecifiedWeight(
                ID,
                List.of(new Weight(33.33, 100), new Weight(33.33, 100), new Weight(33.33, 100)),
                List.of(asset("A"), asset("B"), asset("C")));

        assertThat(check(symphony(thirds)))
                .singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void acceptsWeightsWithAnOddDenominator() {
        // {:num "01", :den "2"} twice = 0.5 + 0.5
        SpecifiedWeight halves =
                new SpecifiedWeight(ID, List.of(new Weight(1, 2), new Weight(1, 2)), List.of(asset("A"), asset("B")));

        assertThat(check(symphony(halves))).isEmpty();
    }

    @Test
    void rejectsNegativeWeightAndZeroDenominator() {
        SpecifiedWeight bad = new SpecifiedWeight(
                ID, List.of(new Weight(-10, 100), new Weight(1, 0)), List.of(asset("A"), asset("B")));

        assertThat(check(symphony(bad))).extracting(Problem::code).contains("weight-invalid", "weight-invalid");
    }

    @Test
    void rejectsSelectNBelowOne() {
        Filter filter = new Filter(
                ID,
                new Ranking(IndicatorKind.CUMULATIVE_RETURN, 90, Ranking.Selection.TOP, 0),
                List.of(asset("XLK"), asset("XLE")));

        assertThat(check(symphony(filter))).extracting(Problem::code).containsExactly("select-n-not-positive");
    }

    @Test
    void rejectsEmptyBranchesAndBlocks() {
        Symphony bad = symphony(new EqualWeight(
                ID, List.of(ifRsi(10, List.of(), List.of(asset("B"))), new Group(ID, "g", List.of()))));

        List<Problem> problems = check(bad);

        assertThat(problems).extracting(Problem::code).containsExactly("empty-branch", "empty-block");
        assertThat(problems.get(0).message()).startsWith("the then branch holds no block");
        assertThat(problems.get(1).where().nodePath()).isEqualTo("root > wt-cash-equal[0] > group[1]");
    }

    @Test
    void rejectsASymphonyWithoutBlocks() {
        assertThat(check(symphony())).extracting(Problem::code).containsExactly("empty-block");
    }

    @Test
    void rejectsUnsupportedFunctions() {
        Condition macd = new Condition.Comparison(
                new IndicatorCall(IndicatorKind.MOVING_AVERAGE_CONVERGENCE_DIVERGENCE, Ticker.of("SPY"), 12),
                Comparator.GT,
                new Constant(0));
        IfElse node = new IfElse(
                ID,
                List.of(Branch.when(ID, new Condition.AllOf(List.of(macd)), List.of(asset("A")))),
                Branch.otherwise(ID, List.of(asset("B"))));

        assertThat(check(symphony(node))).extracting(Problem::code).containsExactly("function-not-supported");
    }

    @Test
    void rejectsEmptyCompoundCondition() {
        IfElse node = new IfElse(
                ID,
                List.of(Branch.when(ID, new Condition.AnyOf(List.of()), List.of(asset("A")))),
                Branch.otherwise(ID, List.of(new Cash(ID))));

        assertThat(check(symphony(node))).extracting(Problem::code).containsExactly("empty-condition");
    }

    @Test
    void flagsTickersOutsideTheUniverse() {
        Symphony s = symphony(new EqualWeight(ID, List.of(ifRsi(10, List.of(asset("ZZZZ")), List.of(asset("SPY"))))));

        List<Problem> problems = Checker.check(s, SourceMap.empty("t"), Set.of(Ticker.of("SPY")));

        assertThat(problems)
                .extracting(Problem::message)
                .containsExactly("no price data for ZZZZ; add it to the data set or use another ticker");
    }

    @Test
    void checksInverseVolatilityWindowAndCorridor() {
        Symphony s = new Symphony(
                ID,
                "t",
                "",
                Rebalance.threshold(1.5),
                List.of(new InverseVolatilityWeight(ID, 0, List.of(asset("SPY")))));

        assertThat(check(s)).extracting(Problem::code).containsExactly("corridor-out-of-range", "window-not-positive");
    }

    @Test
    void warnsAboutMarketCapPriceRankingOfBlocksAndSeveralRootBlocks() {
        Filter byPrice = new Filter(
                ID,
                new Ranking(IndicatorKind.CURRENT_PRICE, 0, Ranking.Selection.TOP, 1),
                List.of(new Group(ID, "g", List.of(asset("A"))), asset("B")));
        Symphony s = symphony(new MarketCapWeight(ID, List.of(asset("A"))), byPrice);

        assertThat(check(s))
                .allMatch(p -> p.severity() == Severity.WARNING)
                .extracting(Problem::code)
                .containsExactly("several-root-blocks", "market-cap-unavailable", "price-indicator-on-block");
    }
}
