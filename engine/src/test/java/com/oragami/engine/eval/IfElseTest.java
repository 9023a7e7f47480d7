package com.oragami.engine.eval;

import static com.oragami.engine.eval.Evaluations.prepared;
import static com.oragami.engine.eval.Evaluations.weights;
import static com.oragami.engine.eval.Prices.closes;
import static com.oragami.engine.eval.Trees.allOf;
import static com.oragami.engine.eval.Trees.anyOf;
import static com.oragami.engine.eval.Trees.asset;
import static com.oragami.engine.eval.Trees.call;
import static com.oragami.engine.eval.Trees.compare;
import static com.oragami.engine.eval.Trees.equal;
import static com.oragami.engine.eval.Trees.ifElse;
import static com.oragami.engine.eval.Trees.price;
import static com.oragami.engine.eval.Trees.symphony;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.oragami.engine.Problem;
import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Comparator;
import com.oragami.engine.symphony.Condition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IfElseTest {

    // SPY: 100 then 103 (daily return 3 %), then 1 day without a close for QQQ at day 0
    private static final PriceTable PRICES = Prices.table(
            "SPY", closes(100, 103, 101),
            "QQQ", closes(Double.NaN, 50, 51),
            "TLT", closes(90, 90, 90),
            "BIL", closes(91, 91, 91));

    private static IfDecision onlyIf(DayEvaluation day) {
        assertThat(day.decisions()).hasSize(1);
        return (IfDecision) day.decisions().get(0);
    }

    private static DayEvaluation decide(Condition condition, int day) {
        var symphony = symphony(ifElse(condition, List.of(asset("TLT")), List.of(asset("BIL"))));
        return prepared(symphony, PRICES).evaluate(day);
    }

    @ParameterizedTest(name = "103 {0} {1} is {2}")
    @CsvSource({
        "GT, 102, true", "GT, 103, false",
        "GTE, 103, true", "GTE, 103.5, false",
        "EQ, 103, true", "EQ, 103.01, false",
        "LT, 104, true", "LT, 103, false",
        "LTE, 103, true", "LTE, 102.99, false"
    })
    void everyComparatorDecidesTheBranch(Comparator comparator, double threshold, boolean holds) {
        DayEvaluation day = decide(compare(price("SPY"), comparator, threshold), 1);

        assertThat(weights(day)).containsExactlyEntriesOf(Map.of(holds ? "TLT" : "BIL", 1.0));
        IfDecision decision = onlyIf(day);
        assertThat(decision.elseTaken()).isEqualTo(!holds);
        assertThat(decision.branchTaken()).isEqualTo(holds ? 0 : 1);
        assertThat(decision.tested()).singleElement().satisfies(outcome -> {
            assertThat(outcome.left()).isEqualTo(103.0);
            assertThat(outcome.right()).isEqualTo(threshold);
            assertThat(outcome.result()).isEqualTo(holds);
        });
    }

    @ParameterizedTest(name = "cumulative return 3 % > {0} % is {1}")
    @CsvSource({"2.99, true", "3.01, false", "-5, true"})
    void percentThresholdsAreReadAsPercentPoints(double written, boolean holds) {
        // cumulative-return(SPY, 1) on day 1 = 103/100 − 1 = 0.03; the user writes 3 for 3 %
        DayEvaluation day = decide(compare(call(IndicatorKind.CUMULATIVE_RETURN, "SPY", 1), Comparator.GT, written), 1);

        assertThat(weights(day)).containsOnlyKeys(holds ? "TLT" : "BIL");
        IfDecision.ConditionOutcome outcome = onlyIf(day).tested().get(0);
        assertThat(outcome.left()).isCloseTo(0.03, within(1e-12));
        assertThat(outcome.right()).isCloseTo(written / 100, within(1e-15));
        assertThat(outcome.comparison())
                .isEqualTo("cumulative-return(SPY, 1) > " + new com.oragami.engine.symphony.Constant(written));
    }

    @Test
    void rsiThresholdsAreComparedAsWritten() {
        // RSI(2) of SPY on day 2: changes +3, −2; seed up = 1.5, down = 1 → 100 − 100/2.5 = 60
        DayEvaluation day =
                decide(compare(call(IndicatorKind.RELATIVE_STRENGTH_INDEX, "SPY", 2), Comparator.GT, 59), 2);

        assertThat(weights(day)).containsOnlyKeys("TLT");
        assertThat(onlyIf(day).tested().get(0).left()).isCloseTo(60.0, within(1e-12));
        assertThat(onlyIf(day).tested().get(0).right()).isEqualTo(59.0);
    }

    @Test
    void twoIndicatorsAreComparedRaw() {
        // 103 > 50 as dollars, no conversion
        DayEvaluation day = decide(compare(price("SPY"), Comparator.GT, price("QQQ")), 1);

        assertThat(weights(day)).containsOnlyKeys("TLT");
        assertThat(onlyIf(day).tested().get(0).right()).isEqualTo(50.0);
    }

    @Test
    void allOfNeedsEveryComparisonAndStopsAtTheFirstFalse() {
        Condition condition = allOf(
                compare(price("SPY"), Comparator.GT, 100), // true
                compare(price("SPY"), Comparator.LT, 100), // false: decides
                compare(price("TLT"), Comparator.GT, 0)); // not tested

        DayEvaluation day = decide(condition, 1);

        assertThat(weights(day)).containsOnlyKeys("BIL");
        assertThat(onlyIf(day).tested())
                .extracting(IfDecision.ConditionOutcome::result)
                .containsExactly(true, false);
    }

    @Test
    void allOfHoldsWhenEveryComparisonDoes() {
        Condition condition =
                allOf(compare(price("SPY"), Comparator.GT, 100), compare(price("TLT"), Comparator.EQ, 90));

        DayEvaluation day = decide(condition, 1);

        assertThat(weights(day)).containsOnlyKeys("TLT");
        assertThat(onlyIf(day).tested()).hasSize(2);
    }

    @Test
    void anyOfNeedsOneComparisonAndStopsAtTheFirstTrue() {
        Condition condition = anyOf(
                compare(price("SPY"), Comparator.LT, 100), // false
                compare(price("TLT"), Comparator.EQ, 90), // true: decides
                compare(price("SPY"), Comparator.GT, 0)); // not tested

        DayEvaluation day = decide(condition, 1);

        assertThat(weights(day)).containsOnlyKeys("TLT");
        assertThat(onlyIf(day).tested())
                .extracting(IfDecision.ConditionOutcome::result)
                .containsExactly(false, true);
    }

    @Test
    void anyOfFailsWhenNoComparisonHolds() {
        Condition condition =
                anyOf(compare(price("SPY"), Comparator.LT, 100), allOf(compare(price("TLT"), Comparator.GT, 90)));

        DayEvaluation day = decide(condition, 1);

        assertThat(weights(day)).containsOnlyKeys("BIL");
    }

    @Test
    void undefinedInputTakesTheElseBranchWithAWarning() {
        // QQQ has no close on day 0
        DayEvaluation day = decide(compare(price("QQQ"), Comparator.GT, 10), 0);

        assertThat(weights(day)).containsOnlyKeys("BIL");
        assertThat(onlyIf(day).tested().get(0).left()).isNaN();
        assertThat(day.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("condition-undefined");
            assertThat(warning.message())
                    .isEqualTo("cannot compute current-price of QQQ on 2024-01-01;"
                            + " the comparison current-price(QQQ) > 10 counts as false");
            assertThat(warning.where().nodePath()).isEqualTo("root > if[0] > if-child[0]");
        });
    }

    @Test
    void undefinedRightIndicatorIsNamedInTheWarning() {
        DayEvaluation day =
                decide(compare(price("SPY"), Comparator.GT, call(IndicatorKind.CUMULATIVE_RETURN, "TLT", 2)), 1);

        assertThat(weights(day)).containsOnlyKeys("BIL");
        assertThat(day.warnings())
                .extracting(Problem::message)
                .singleElement()
                .asString()
                .startsWith("cannot compute 2-day cumulative-return of TLT on 2024-01-02");
    }

    @Test
    void firstTrueOfSeveralConditionalBranchesWins() {
        var symphony = symphony(ifElse(
                compare(price("SPY"), Comparator.LT, 50),
                List.of(asset("QQQ")),
                compare(price("SPY"), Comparator.GT, 50),
                List.of(asset("TLT"), asset("SPY")),
                List.of(asset("BIL"))));

        DayEvaluation day = prepared(symphony, PRICES).evaluate(1);

        // second branch (if-child 1) holds; its two children share equally
        assertThat(weights(day)).containsExactlyInAnyOrderEntriesOf(Map.of("TLT", 0.5, "SPY", 0.5));
        IfDecision decision = onlyIf(day);
        assertThat(decision.branchTaken()).isEqualTo(1);
        assertThat(decision.elseTaken()).isFalse();
        assertThat(decision.tested())
                .extracting(IfDecision.ConditionOutcome::result)
                .containsExactly(false, true);
    }

    @Test
    void elseOfSeveralBranchesIsTheLastIfChild() {
        var symphony = symphony(ifElse(
                compare(price("SPY"), Comparator.LT, 50),
                List.of(asset("QQQ")),
                compare(price("SPY"), Comparator.GT, 500),
                List.of(asset("TLT")),
                List.of(asset("BIL"))));

        IfDecision decision = onlyIf(prepared(symphony, PRICES).evaluate(1));

        assertThat(decision.branchTaken()).isEqualTo(2);
        assertThat(decision.elseTaken()).isTrue();
    }

    @Test
    void nestedIfsAreTracedWithTheirPaths() {
        var inner = ifElse(compare(price("TLT"), Comparator.GT, 100), List.of(asset("QQQ")), List.of(asset("BIL")));
        var outer = ifElse(compare(price("SPY"), Comparator.GT, 100), List.of(asset("TLT"), inner), List.of());
        var symphony = symphony(equal(asset("SPY"), outer));

        DayEvaluation day = prepared(symphony, PRICES).evaluate(1);

        // outer: 1/2 of the root; then-branch halves it: TLT 1/4, inner if 1/4 → else BIL 1/4
        assertThat(weights(day)).containsExactlyInAnyOrderEntriesOf(Map.of("SPY", 0.5, "TLT", 0.25, "BIL", 0.25));
        assertThat(day.decisions())
                .extracting(Decision::nodePath)
                .containsExactly(
                        "root > wt-cash-equal[0] > if[1]", "root > wt-cash-equal[0] > if[1] > if-child[0] > if[1]");
    }

    @Test
    void emptyElseBranchLeavesTheWeightInCash() {
        var symphony = symphony(ifElse(compare(price("SPY"), Comparator.GT, 500), List.of(asset("TLT")), List.of()));

        DayEvaluation day = prepared(symphony, PRICES).evaluate(1);

        assertThat(day.allocation().weights()).isEmpty();
        assertThat(day.allocation().cash()).isEqualTo(1.0);
    }
}
