package com.oragami.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One malformed input per row and the problem code it must give. */
class ProblemCatalogueTest {

    private static String node(String json) {
        return JsonScoreReadingTest.root(json);
    }

    private static String branch(String fields) {
        return node(JsonScoreReadingTest.ifWith(fields));
    }

    private static String defsymphony(String body) {
        return "(defsymphony \"S\" {} " + body + ")";
    }

    static Stream<Arguments> inputs() {
        String binary = "\"condition\": {\"condition-type\": \"binary\", ";
        return Stream.of(
                Arguments.of(node("{\"id\": \"x\"}"), "missing-field"),
                Arguments.of(node("{\"step\": 3}"), "wrong-type"),
                Arguments.of(node("{\"step\": \"if-child\"}"), "misplaced-step"),
                Arguments.of(node("{\"step\": \"root\"}"), "misplaced-step"),
                Arguments.of(node("7"), "wrong-type"),
                Arguments.of(JsonScoreReadingTest.root("").replace("[]", "{}"), "wrong-type"),
                Arguments.of("{\"step\": \"root\", \"children\": []}", "missing-field"),
                Arguments.of("{\"step\": 1, \"children\": []}", "wrong-type"),
                Arguments.of("{\"step\": \"root\", \"rebalance\": 5}", "wrong-type"),
                Arguments.of(
                        "{\"step\": \"root\", \"rebalance\": \"none\", \"rebalance-corridor-width\": \"x\"}",
                        "wrong-type"),
                Arguments.of(
                        node("{\"step\": \"wt-cash-specified\", \"children\": [{\"step\": \"empty\"}]}"),
                        "missing-field"),
                Arguments.of(
                        node("{\"step\": \"wt-cash-specified\", \"children\": [{\"step\": \"empty\", \"weight\": 5}]}"),
                        "wrong-type"),
                Arguments.of(
                        node(
                                "{\"step\": \"wt-cash-specified\", \"children\": [{\"step\": \"empty\", \"weight\": {\"num\": 1}}]}"),
                        "missing-field"),
                Arguments.of(node("{\"step\": \"wt-inverse-vol\", \"window-days\": 2.5}"), "wrong-type"),
                Arguments.of(node("{\"step\": \"wt-inverse-vol\"}"), "missing-field"),
                Arguments.of(node("{\"step\": \"group\", \"name\": [], \"children\": []}"), "wrong-type"),
                Arguments.of(
                        node(
                                "{\"step\": \"filter\", \"sort-by-fn\": \"cumulative-return\", \"select-fn\": \"top\", \"select-n\": 1}"),
                        "missing-field"),
                Arguments.of(
                        node(
                                "{\"step\": \"filter\", \"sort-by-fn\": \"current-price\", \"select-fn\": 1, \"select-n\": 1}"),
                        "wrong-type"),
                Arguments.of(node("{\"step\": \"if\", \"children\": [{\"step\": \"asset\"}]}"), "misplaced-step"),
                Arguments.of(
                        node("{\"step\": \"if\", \"children\": [{\"is-else-condition?\": \"yes\"}]}"), "wrong-type"),
                Arguments.of(
                        node(
                                "{\"step\": \"if\", \"children\": [{\"is-else-condition?\": true}, {\"is-else-condition?\": true},"
                                        + " {\"lhs-fn\": \"current-price\", \"lhs-val\": \"SPY\", \"comparator\": \"gt\", \"rhs-val\": 1}]}"),
                        "duplicate-else"),
                Arguments.of(
                        branch(
                                "\"lhs-fn\": \"current-price\", \"lhs-val\": \"SPY\", \"comparator\": \"gt\", \"rhs-fixed-value?\": 1"),
                        "wrong-type"),
                Arguments.of(
                        branch(
                                "\"lhs-fn\": \"current-price\", \"lhs-val\": \"SPY\", \"comparator\": \"gt\", \"rhs-fixed-value?\": true"),
                        "missing-field"),
                Arguments.of(
                        branch(
                                "\"lhs-fn\": \"current-price\", \"lhs-val\": \"SPY\", \"comparator\": \"gt\", \"rhs-val\": \"QQQ\""),
                        "missing-field"),
                Arguments.of(
                        branch(
                                "\"lhs-fn\": \"current-price\", \"lhs-val\": \"SPY\", \"comparator\": 3, \"rhs-val\": 1"),
                        "wrong-type"),
                Arguments.of(branch("\"condition\": 4"), "wrong-type"),
                Arguments.of(branch("\"condition\": {}"), "missing-field"),
                Arguments.of(branch("\"condition\": {\"condition-type\": \"ternary\"}"), "unknown-condition-type"),
                Arguments.of(
                        branch(
                                "\"condition\": {\"condition-type\": \"compound\", \"operator\": \"xor\", \"conditions\": []}"),
                        "unknown-operator"),
                Arguments.of(
                        branch(
                                "\"condition\": {\"condition-type\": \"compound\", \"operator\": \"any\", \"conditions\": 3}"),
                        "wrong-type"),
                Arguments.of(
                        branch("\"condition\": {\"condition-type\": \"compound\", \"operator\": \"any\"}"),
                        "missing-field"),
                Arguments.of(
                        branch(
                                "\"condition\": {\"condition-type\": \"compound\", \"operator\": \"any\", \"conditions\": [{\"condition-type\": 1}]}"),
                        "wrong-type"),
                Arguments.of(
                        branch(binary + "\"lhs\": 1, \"comparator\": \"gt\", \"rhs\": {\"constant\": 1}}"),
                        "wrong-type"),
                Arguments.of(
                        branch(binary
                                + "\"lhs\": {\"fn\": \"current-price\", \"ticker\": \"SPY\"}, \"comparator\": \"gt\"}"),
                        "missing-field"),
                Arguments.of(
                        branch(
                                binary
                                        + "\"lhs\": {\"fn\": \"current-price\", \"ticker\": \"SPY\"}, \"comparator\": \"gt\", \"rhs\": {\"constant\": \"x\"}}"),
                        "wrong-type"),
                Arguments.of(
                        branch(
                                "\"condition\": {\"condition-type\": \"binary-compound\", \"operator\": \"any\", \"comparator\": \"gt\","
                                        + " \"lhs\": {\"fn\": \"current-price\", \"ticker\": \"%\"}, \"rhs\": {\"constant\": 1}, \"tickers\": \"SPY\"}"),
                        "wrong-type"),
                Arguments.of(
                        branch(
                                "\"condition\": {\"condition-type\": \"binary-compound\", \"operator\": \"any\", \"comparator\": \"gt\","
                                        + " \"lhs\": {\"fn\": \"current-price\", \"ticker\": \"%\"}, \"rhs\": {\"constant\": 1}, \"tickers\": [\"$\"]}"),
                        "malformed-ticker"),
                Arguments.of(
                        branch(
                                "\"condition\": {\"condition-type\": \"binary-compound\", \"operator\": \"any\", \"comparator\": \"gt\","
                                        + " \"lhs\": {\"fn\": \"current-price\", \"ticker\": \"%\"}, \"rhs\": {\"constant\": 1}}"),
                        "missing-field"),
                Arguments.of("{\"capital\": \"lots\", \"symphony\": {\"raw_value\": " + node("") + "}}", "wrong-type"),
                Arguments.of(
                        "{\"start_date\": \"tomorrow\", \"symphony\": {\"raw_value\": " + node("") + "}}",
                        "wrong-type"),
                Arguments.of("{\"start_date\": 5, \"symphony\": {\"raw_value\": " + node("") + "}}", "wrong-type"),
                Arguments.of(
                        "{:start-date-in-epoch-days \"x\", :symphony {:step :root :rebalance :daily}}", "wrong-type"),
                Arguments.of("\"(weight-equal)\"", "unknown-format"),
                Arguments.of("\"unterminated", "truncated"),
                Arguments.of("{:step :root :x \"\\u12\"}", "syntax-error"),
                Arguments.of("{:step :root :x \"\\uZZZZ\"}", "syntax-error"),
                Arguments.of("{:step :root : x}", "syntax-error"),
                Arguments.of("{:step :root :x 1.2.3}", "syntax-error"),
                Arguments.of("{:step :root :x @}", "syntax-error"),
                Arguments.of("{:step :root :x)", "syntax-error"),
                Arguments.of(defsymphony("(weight-equal [3])"), "wrong-type"),
                Arguments.of(defsymphony("(group 3 [])"), "missing-field"),
                Arguments.of(defsymphony("(asset)"), "missing-field"),
                Arguments.of(defsymphony("(weight-specified 0.5)"), "wrong-type"),
                Arguments.of(defsymphony("(weight-specified \"half\" (asset \"SPY\" nil))"), "wrong-type"),
                Arguments.of(defsymphony("(weight-inverse-volatility)"), "missing-field"),
                Arguments.of(defsymphony("(weight-inverse-volatility x [])"), "wrong-type"),
                Arguments.of(defsymphony("(if (> (rsi \"SPY\" 3) 1))"), "missing-field"),
                Arguments.of(defsymphony("(if 5 [] [])"), "wrong-type"),
                Arguments.of(defsymphony("(if (and (> 1 2)) [] [])"), "wrong-type"),
                Arguments.of(defsymphony("(if (> (rsi \"SPY\" 3)) [] [])"), "missing-field"),
                Arguments.of(defsymphony("(if (> (rsi) 1) [] [])"), "missing-field"),
                Arguments.of(defsymphony("(if (> (rsi \"SPY\") 1) [] [])"), "missing-field"),
                Arguments.of(defsymphony("(if (> (rsi \"SPY\" {:days 3}) 1) [] [])"), "missing-field"),
                Arguments.of(defsymphony("(if (> (macd \"SPY\" 3) 1) [] [])"), "unknown-function"),
                Arguments.of(defsymphony("(filter (rsi 3))"), "missing-field"),
                Arguments.of(defsymphony("(filter (rsi 3) (select-middle 1) [])"), "unknown-selection"),
                Arguments.of(defsymphony("(filter (rsi 3) (select-top) [])"), "missing-field"),
                Arguments.of("(defsymphony \"S\" {:rebalance-threshold \"x\"} (asset \"SPY\" nil))", "wrong-type"),
                Arguments.of("(defsymphony \"S\" {:rebalance-frequency 3} (asset \"SPY\" nil))", "wrong-type"),
                Arguments.of("(defsymphony \"S\" {} (asset \"SPY\" nil)) (more)", "trailing-content"));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void reportsAnErrorWithTheExpectedCode(String text, String code) {
        Parsed<SymphonyDocument> parsed = SymphonyReader.read("t", text);

        assertThat(parsed.errors()).as(text).isNotEmpty();
        assertThat(parsed.errors()).as(text).extracting(Problem::code).contains(code);
        assertThat(parsed.errors()).allSatisfy(p -> assertThat(p.message()).doesNotContain("\n"));
    }
}
