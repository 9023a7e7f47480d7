package com.oragami.engine.eval;

import static com.oragami.engine.eval.Evaluations.prepared;
import static com.oragami.engine.eval.Evaluations.weights;
import static com.oragami.engine.eval.Prices.closes;
import static com.oragami.engine.eval.Trees.asset;
import static com.oragami.engine.eval.Trees.bottom;
import static com.oragami.engine.eval.Trees.equal;
import static com.oragami.engine.eval.Trees.group;
import static com.oragami.engine.eval.Trees.inverseVol;
import static com.oragami.engine.eval.Trees.symphony;
import static com.oragami.engine.eval.Trees.top;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Node;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Non-asset children of filters and inverse-volatility nodes are scored on their simulated NAV. */
class BlockSeriesTest {

    private static final IndicatorKind RETURN = IndicatorKind.CUMULATIVE_RETURN;

    // daily returns       d1     d2     d3     d4     d5
    // A                  +10 %  +10 %   0    +10 %    0
    // B                    0   −10 %  +10 %    0   −10 %
    // G1 = ½A + ½B        +5 %    0    +5 %   +5 %   −5 %   → NAV 100, 105, 105, 110.25, 115.7625, 109.974375
    // C                  +1 %, +0.990 %, +0.980 %, +0.971 %, +0.962 %  (100 … 105)
    private static final PriceTable PRICES = Prices.table(
            "A", closes(100, 110, 121, 121, 133.1, 133.1),
            "B", closes(100, 100, 90, 99, 99, 89.1),
            "C", closes(100, 101, 102, 103, 104, 105),
            "D", closes(100, 102, 99.96, 100, 100, 101));

    private static Node g1() {
        return group("G1", equal(asset("A"), asset("B")));
    }

    @Test
    void groupIsRankedByTheReturnOfItsDailyRebalancedNav() {
        var evaluator = prepared(symphony(top(1, RETURN, 2, g1(), asset("C"))), PRICES);

        // day 4: G1 115.7625/105 − 1 = 0.1025 beats C 104/102 − 1 = 0.0196 → A ½, B ½
        DayEvaluation day4 = evaluator.evaluate(4);
        assertThat(weights(day4)).containsExactlyInAnyOrderEntriesOf(Map.of("A", 0.5, "B", 0.5));
        FilterDecision decision = (FilterDecision) day4.decisions().get(0);
        assertThat(decision.candidates().get(0).label()).isEqualTo("G1");
        assertThat(decision.candidates().get(0).score()).isCloseTo(0.1025, within(1e-12));
        // day 5: G1 109.974375/110.25 − 1 = −0.0025 loses to C 105/103 − 1 = 0.019417
        DayEvaluation day5 = evaluator.evaluate(5);
        assertThat(weights(day5)).containsExactlyEntriesOf(Map.of("C", 1.0));
        FilterDecision last = (FilterDecision) day5.decisions().get(0);
        assertThat(last.candidates().get(1).label()).isEqualTo("G1");
        assertThat(last.candidates().get(1).score()).isCloseTo(-0.0025, within(1e-12));
    }

    @Test
    void blockSeriesStartOnTheBlocksFirstEvaluableDay() {
        var evaluator = prepared(symphony(top(1, RETURN, 2, g1(), asset("C"))), PRICES);

        // G1's NAV starts on day 0; a 2-day return needs day 2
        assertThat(evaluator.firstDay()).isEqualTo(2);
        assertThat(evaluator.startWarnings())
                .extracting(p -> p.message())
                .containsExactly(
                        "cannot compute 2-day cumulative-return of C until 2024-01-03",
                        "cannot compute 2-day cumulative-return of group 'G1' until 2024-01-03");
    }

    @Test
    void nestedFilterOverGroupsInsideAGroupIsSimulatedToo() {
        // H = bottom 1 by 1-day return of [G1, C]; H's NAV starts on day 1 (first day the inner filter scores).
        // inner picks: d1 C (0.01 < 0.05), d2 G1 (0 < 0.0099), d3 C, d4 C, d5 G1
        // H's return on day t+1 is the pick of day t: d2 C 102/101 − 1, d3 G1 +5 %, d4 C 104/103 − 1
        var inner = bottom(1, RETURN, 1, g1(), asset("C"));
        var symphony = symphony(top(1, RETURN, 1, group("H", inner), asset("D")));
        var evaluator = prepared(symphony, PRICES);

        assertThat(evaluator.firstDay()).isEqualTo(2);
        FilterDecision day2 = (FilterDecision) evaluator.evaluate(2).decisions().get(0);
        assertThat(day2.candidates().get(0).label()).isEqualTo("H");
        assertThat(day2.candidates().get(0).score()).isCloseTo(102.0 / 101 - 1, within(1e-12));
        DayEvaluation day3 = evaluator.evaluate(3);
        FilterDecision outer3 = (FilterDecision) day3.decisions().get(0);
        assertThat(outer3.candidates().get(0).score()).isCloseTo(0.05, within(1e-12));
        // day 3: H (+5 %) beats D (+0.04 %); inside H the inner filter picks C (0.0098 < 0.05)
        assertThat(weights(day3)).containsExactlyEntriesOf(Map.of("C", 1.0));
        assertThat(day3.decisions())
                .extracting(Decision::nodePath)
                .containsExactly("root > filter[0]", "root > filter[0] > group[0] > filter[0]");
        FilterDecision outer4 =
                (FilterDecision) evaluator.evaluate(4).decisions().get(0);
        assertThat(outer4.candidates().get(0).score()).isCloseTo(104.0 / 103 - 1, within(1e-12));
    }

    @Test
    void groupUnderInverseVolatilityUsesTheVolatilityOfItsNav() {
        // day 2, window 2: G1 returns +5 %, 0 → SD 0.025·√2; D returns +2 %, −2 % → SD 0.02·√2
        // 1/σ: 40 : 50 → G1 4/9 (A 2/9, B 2/9), D 5/9
        DayEvaluation day =
                prepared(symphony(inverseVol(2, g1(), asset("D"))), PRICES).evaluate(2);

        assertThat(weights(day).get("A")).isCloseTo(2.0 / 9, within(1e-9));
        assertThat(weights(day).get("B")).isCloseTo(2.0 / 9, within(1e-9));
        assertThat(weights(day).get("D")).isCloseTo(5.0 / 9, within(1e-9));
        InverseVolatilityDecision decision =
                (InverseVolatilityDecision) day.decisions().get(0);
        assertThat(decision.candidates().get(0).volatility()).isCloseTo(0.025 * Math.sqrt(2), within(1e-12));
    }

    @Test
    void unnamedBlockIsLabelledByItsPath() {
        DayEvaluation day = prepared(symphony(top(1, RETURN, 2, equal(asset("A"), asset("B")), asset("C"))), PRICES)
                .evaluate(4);

        FilterDecision decision = (FilterDecision) day.decisions().get(0);
        assertThat(decision.candidates().get(0).label()).isEqualTo("root > filter[0] > wt-cash-equal[0]");
    }
}
