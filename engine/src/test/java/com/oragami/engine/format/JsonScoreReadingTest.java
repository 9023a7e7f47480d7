package com.oragami.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.symphony.Asset;
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
import com.oragami.engine.symphony.Ranking;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.symphony.Weight;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonScoreReadingTest {

    static String root(String children) {
        return "{\"step\": \"root\", \"id\": \"r\", \"name\": \"N\", \"rebalance\": \"daily\", \"children\": ["
                + children + "]}";
    }

    static Symphony symphony(String text) {
        Parsed<SymphonyDocument> parsed = SymphonyReader.read("t.json", text);
        assertThat(parsed.problems()).isEmpty();
        return parsed.get().symphony();
    }

    static Node only(String child) {
        return symphony(root(child)).children().get(0);
    }

    static String ifWith(String conditionalFields) {
        return "{\"step\": \"if\", \"id\": \"i\", \"children\": [{\"step\": \"if-child\", \"id\": \"c\","
                + " \"is-else-condition?\": false, " + conditionalFields
                + ", \"children\": [{\"step\": \"asset\", \"id\": \"a\", \"ticker\": \"SPY\"}]},"
                + " {\"step\": \"if-child\", \"id\": \"e\", \"is-else-condition?\": true, \"children\": []}]}";
    }

    static Condition conditionOf(String conditionalFields) {
        return ((IfElse) only(ifWith(conditionalFields)))
                .branches()
                .get(0)
                .when()
                .orElseThrow();
    }

    @Test
    void readsRootSettingsAndLeafNodes() {
        Symphony symphony = symphony("{\"step\": \"root\", \"id\": \"r\", \"name\": \"N\", \"description\": \"D\","
                + " \"rebalance\": \"none\", \"rebalance-corridor-width\": 0.05, \"asset_class\": \"EQUITIES\","
                + " \"children\": [{\"step\": \"wt-cash-equal\", \"id\": \"w\", \"children\": ["
                + "{\"step\": \"asset\", \"id\": \"a\", \"ticker\": \"EQUITIES::SPY//USD\", \"name\": \"S&P\","
                + " \"price\": 400.1, \"weight\": {\"num\": 5, \"den\": 100}},"
                + " {\"step\": \"empty\", \"id\": \"z\"}]}]}");

        assertThat(symphony.name()).isEqualTo("N");
        assertThat(symphony.description()).isEqualTo("D");
        assertThat(symphony.rebalance()).isEqualTo(Rebalance.threshold(0.05));
        assertThat(symphony.children())
                .containsExactly(new EqualWeight(
                        com.oragami.engine.symphony.NodeId.of("w"),
                        List.of(
                                new Asset(com.oragami.engine.symphony.NodeId.of("a"), Ticker.of("SPY"), "S&P"),
                                new Cash(com.oragami.engine.symphony.NodeId.of("z")))));
    }

    @Test
    void readsGroupMarketCapAndInverseVolatilityWithStringWindow() {
        Node group = only("{\"step\": \"group\", \"id\": \"g\", \"name\": \"G\", \"children\": ["
                + "{\"step\": \"wt-inverse-vol\", \"id\": \"v\", \"window-days\": \"10\", \"children\": ["
                + "{\"step\": \"wt-marketcap\", \"id\": \"m\", \"children\": []}]}]}");

        assertThat(((Group) group).name()).isEqualTo("G");
        InverseVolatilityWeight inverse =
                (InverseVolatilityWeight) group.children().get(0);
        assertThat(inverse.window()).isEqualTo(10);
        assertThat(inverse.children().get(0)).isInstanceOf(MarketCapWeight.class);
    }

    @Test
    void readsSpecifiedWeightsFromNumbersAndStrings() {
        SpecifiedWeight specified = (SpecifiedWeight)
                only(
                        "{\"step\": \"wt-cash-specified\", \"id\": \"s\", \"children\": ["
                                + "{\"step\": \"asset\", \"id\": \"a\", \"ticker\": \"SPY\", \"weight\": {\"num\": \"66.67\", \"den\": 100}},"
                                + "{\"step\": \"asset\", \"id\": \"b\", \"ticker\": \"BIL\", \"weight\": {\"num\": 33.33, \"den\": \"100\"}}]}");

        assertThat(specified.weights()).containsExactly(new Weight(66.67, 100), new Weight(33.33, 100));
    }

    @Test
    void readsFilterWithEitherWindowStyle() {
        Filter newer = (Filter) only("{\"step\": \"filter\", \"id\": \"f\", \"sort-by-fn\": \"cumulative-return\","
                + " \"sort-by-fn-params\": {\"window\": 21}, \"sort-by-window-days\": \"5\", \"select-fn\": \"bottom\","
                + " \"select-n\": \"2\", \"children\": []}");
        Filter older = (Filter)
                only(
                        "{\"step\": \"filter\", \"id\": \"f\", \"sort-by-fn\": \"relative-strength-index\","
                                + " \"sort-by-window-days\": \"5\", \"select-fn\": \"top\", \"select-n\": 1, \"children\": []}");

        assertThat(newer.ranking())
                .isEqualTo(new Ranking(IndicatorKind.CUMULATIVE_RETURN, 21, Ranking.Selection.BOTTOM, 2));
        assertThat(older.ranking())
                .isEqualTo(new Ranking(IndicatorKind.RELATIVE_STRENGTH_INDEX, 5, Ranking.Selection.TOP, 1));
    }

    @Test
    void fixedValueFlagIgnoresStaleRightFunction() {
        Condition condition = conditionOf("\"lhs-fn\": \"relative-strength-index\", \"lhs-window-days\": \"10\","
                + " \"lhs-val\": \"SPY\", \"comparator\": \"gt\", \"rhs-fixed-value?\": true, \"rhs-val\": \"80\","
                + " \"rhs-fn\": \"moving-average-price\", \"rhs-window-days\": \"3\"");

        assertThat(condition)
                .isEqualTo(new Condition.Comparison(
                        new IndicatorCall(IndicatorKind.RELATIVE_STRENGTH_INDEX, Ticker.of("SPY"), 10),
                        Comparator.GT,
                        new Constant(80)));
    }

    @Test
    void absentFlagWithNumericValueAndNoFunctionIsFixed() {
        Condition condition = conditionOf("\"lhs-fn\": \"max-drawdown\", \"lhs-fn-params\": {\"window\": 10},"
                + " \"lhs-val\": \"SPY\", \"comparator\": \"lt\", \"rhs-val\": \"-8.25\"");

        assertThat(((Condition.Comparison) condition).right()).isEqualTo(new Constant(-8.25));
    }

    @Test
    void absentFlagWithRightFunctionComparesTwoIndicators() {
        Condition condition = conditionOf(
                "\"lhs-fn\": \"current-price\", \"lhs-val\": \"SPY\", \"comparator\": \"gte\","
                        + " \"rhs-fn\": \"moving-average-price\", \"rhs-fn-params\": {\"window\": 200}, \"rhs-val\": \"SPY\"");

        assertThat(condition)
                .isEqualTo(new Condition.Comparison(
                        new IndicatorCall(IndicatorKind.CURRENT_PRICE, Ticker.of("SPY"), 0),
                        Comparator.GTE,
                        new IndicatorCall(IndicatorKind.MOVING_AVERAGE_PRICE, Ticker.of("SPY"), 200)));
    }

    @Test
    void prefersFnParamsWindowOverWindowDays() {
        Condition condition =
                conditionOf("\"lhs-fn\": \"relative-strength-index\", \"lhs-fn-params\": {\"window\": 14},"
                        + " \"lhs-window-days\": \"10\", \"lhs-val\": \"SPY\", \"comparator\": \"lt\", \"rhs-val\": 30,"
                        + " \"rhs-fixed-value?\": true");

        assertThat(((Condition.Comparison) condition).left().window()).isEqualTo(14);
    }

    @Test
    void conditionBlockIsAuthoritativeOverDisagreeingFlatFields() {
        Condition condition = conditionOf(
                "\"lhs-fn\": \"relative-strength-index\", \"lhs-window-days\": \"10\","
                        + " \"lhs-val\": \"QQQ\", \"comparator\": \"lt\", \"rhs-val\": \"5\", \"rhs-fixed-value?\": true,"
                        + " \"condition\": {\"condition-type\": \"binary\", \"lhs\": {\"fn\": \"relative-strength-index\","
                        + " \"ticker\": \"SPY\", \"params\": {\"window\": 7}}, \"comparator\": \"gt\", \"rhs\": {\"constant\": 69.5}}");

        assertThat(condition)
                .isEqualTo(new Condition.Comparison(
                        new IndicatorCall(IndicatorKind.RELATIVE_STRENGTH_INDEX, Ticker.of("SPY"), 7),
                        Comparator.GT,
                        new Constant(69.5)));
    }

    @Test
    void nestedCompoundBlocksBecomeAllOfAndAnyOf() {
        String binary = "{\"condition-type\": \"binary\", \"lhs\": {\"fn\": \"cumulative-return\", \"ticker\": \"%s\","
                + " \"params\": {\"window\": 5}}, \"comparator\": \"lt\", \"rhs\": {\"constant\": -3}}";
        Condition condition = conditionOf("\"condition\": {\"condition-type\": \"compound\", \"operator\": \"all\","
                + " \"conditions\": [" + binary.formatted("SPY") + ", {\"condition-type\": \"compound\", \"operator\":"
                + " \"any\", \"conditions\": [" + binary.formatted("QQQ") + "]}]}");

        Condition.Comparison spy = new Condition.Comparison(
                new IndicatorCall(IndicatorKind.CUMULATIVE_RETURN, Ticker.of("SPY"), 5),
                Comparator.LT,
                new Constant(-3));
        Condition.Comparison qqq = new Condition.Comparison(
                new IndicatorCall(IndicatorKind.CUMULATIVE_RETURN, Ticker.of("QQQ"), 5),
                Comparator.LT,
                new Constant(-3));
        assertThat(condition).isEqualTo(new Condition.AllOf(List.of(spy, new Condition.AnyOf(List.of(qqq)))));
    }

    @Test
    void binaryCompoundSubstitutesEachTickerForThePattern() {
        Condition condition =
                conditionOf("\"condition\": {\"condition-type\": \"binary-compound\", \"operator\": \"any\","
                        + " \"lhs\": {\"fn\": \"relative-strength-index\", \"ticker\": \"%\", \"params\": {\"window\": 10}},"
                        + " \"tickers\": [\"SPY\", \"QQQ\"], \"comparator\": \"gt\", \"rhs\": {\"constant\": \"79\"}}");

        assertThat(condition)
                .isEqualTo(new Condition.AnyOf(List.of(
                        new Condition.Comparison(
                                new IndicatorCall(IndicatorKind.RELATIVE_STRENGTH_INDEX, Ticker.of("SPY"), 10),
                                Comparator.GT,
                                new Constant(79)),
                        new Condition.Comparison(
                                new IndicatorCall(IndicatorKind.RELATIVE_STRENGTH_INDEX, Ticker.of("QQQ"), 10),
                                Comparator.GT,
                                new Constant(79)))));
    }

    @Test
    void modelHoldsWindowsTheCheckerRejects() {
        Condition condition = conditionOf("\"lhs-fn\": \"relative-strength-index\", \"lhs-window-days\": \"-3\","
                + " \"lhs-val\": \"SPY\", \"comparator\": \"gt\", \"rhs-val\": 0");

        assertThat(((Condition.Comparison) condition).left().window()).isEqualTo(-3);
    }

    @Test
    void missingElseReadsAsEmptyElseBranch() {
        IfElse ifElse = (IfElse) only("{\"step\": \"if\", \"id\": \"i\", \"children\": [{\"step\": \"if-child\","
                + " \"id\": \"c\", \"lhs-fn\": \"current-price\", \"lhs-val\": \"SPY\", \"comparator\": \"gt\","
                + " \"rhs-val\": 1, \"children\": []}]}");

        assertThat(ifElse.otherwise().children()).isEmpty();
        assertThat(ifElse.branches()).hasSize(1);
    }

    @Test
    void unwrapsJsonBacktestRequest() {
        SymphonyDocument document = SymphonyReader.read(
                        "req.json",
                        "{\"capital\": 10000, \"slippage_percent\": 0.0005, \"start_date\": \"2020-01-02\","
                                + " \"end_date\": \"2021-12-31\", \"benchmark_tickers\": [\"SPY\"], \"apply_reg_fee\": true,"
                                + " \"symphony\": {\"raw_value\": " + root("") + "}}")
                .get();

        assertThat(document.wrappedInRequest()).isTrue();
        assertThat(document.request())
                .contains(new BacktestRequest(
                        java.util.OptionalDouble.of(10000),
                        java.util.OptionalDouble.of(0.0005),
                        java.util.Optional.of(LocalDate.of(2020, 1, 2)),
                        java.util.Optional.of(LocalDate.of(2021, 12, 31)),
                        List.of("SPY"),
                        true,
                        false));
    }

    @Test
    void unwrapsBareRawValue() {
        SymphonyDocument document = SymphonyReader.read("raw.json", "{\"raw_value\": " + root("") + "}")
                .get();

        assertThat(document.wrappedInRequest()).isFalse();
        assertThat(document.symphony().id().value()).isEqualTo("r");
        assertThat(document.format().label()).isEqualTo("Composer JSON score");
    }

    @Test
    void sourceMapLocatesIfChildrenByPath() {
        String text = """
                {"step": "root", "id": "r", "rebalance": "daily", "children": [
                  {"step": "wt-cash-equal", "id": "w", "children": [
                    {"step": "if", "id": "i", "children": [
                      {"step": "if-child", "id": "c", "lhs-fn": "current-price", "lhs-val": "SPY",
                       "comparator": "gt", "rhs-val": 1, "children": []},
                      {"step": "if-child", "id": "e", "is-else-condition?": true, "children": []}
                    ]}
                  ]}
                ]}
                """;

        SymphonyDocument document = SymphonyReader.read("t.json", text).get();

        assertThat(document.sourceMap().locate("root > wt-cash-equal[0] > if[0] > if-child[1]"))
                .isEqualTo(new Location("t.json", 6, 7, "root > wt-cash-equal[0] > if[0] > if-child[1]"));
        assertThat(document.sourceMap().locate("root")).isEqualTo(new Location("t.json", 1, 1, "root"));
    }
}
