package com.oragami.engine.eval;

import static com.oragami.engine.eval.Evaluations.prepared;
import static com.oragami.engine.eval.Evaluations.weights;
import static com.oragami.engine.eval.Prices.closes;
import static com.oragami.engine.eval.Trees.asset;
import static com.oragami.engine.eval.Trees.inverseVol;
import static com.oragami.engine.eval.Trees.symphony;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.oragami.engine.Problem;
import com.oragami.engine.prices.PriceTable;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InverseVolatilityTest {

    // A: returns +10 %, −10 %: mean 0, sample SD √((0.01 + 0.01)/1) = 0.141421
    // B: returns +2 %, −2 %: sample SD 0.0282843 = σ_A / 5
    // C: flat, SD 0; D: one close only, SD undefined
    private static final PriceTable PRICES = Prices.table(
            "A", closes(100, 110, 99),
            "B", closes(100, 102, 99.96),
            "C", closes(50, 50, 50),
            "D", closes(Double.NaN, Double.NaN, 20));

    @Test
    void weightsAreProportionalToInverseVolatility() {
        DayEvaluation day = prepared(symphony(inverseVol(2, asset("A"), asset("B"))), PRICES)
                .evaluate(2);

        // 1/σ_A : 1/σ_B = 1 : 5 → A 1/6, B 5/6
        assertThat(weights(day).get("A")).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(weights(day).get("B")).isCloseTo(5.0 / 6, within(1e-9));
        InverseVolatilityDecision decision =
                (InverseVolatilityDecision) day.decisions().get(0);
        assertThat(decision.nodePath()).isEqualTo("root > wt-inverse-vol[0]");
        assertThat(decision.candidates())
                .extracting(InverseVolatilityDecision.Candidate::label)
                .containsExactly("A", "B");
        assertThat(decision.candidates().get(0).volatility()).isCloseTo(0.1414214, within(1e-7));
        assertThat(decision.candidates().get(1).volatility()).isCloseTo(0.0282843, within(1e-7));
        assertThat(decision.candidates().get(1).weight()).isCloseTo(5.0 / 6, within(1e-9));
    }

    @Test
    void zeroOrUndefinedVolatilityLeavesTheChildOutWithAWarning() {
        DayEvaluation day = prepared(symphony(inverseVol(2, asset("C"), asset("A"), asset("D"))), PRICES)
                .evaluate(2);

        assertThat(weights(day)).containsExactlyEntriesOf(Map.of("A", 1.0));
        assertThat(day.warnings())
                .extracting(Problem::code)
                .containsExactly("volatility-undefined", "volatility-undefined");
        assertThat(day.warnings().get(0).message())
                .isEqualTo("cannot compute the 2-day volatility of C on 2024-01-03 (it is 0);"
                        + " left out of the inverse-volatility weights");
        assertThat(day.warnings().get(1).message()).contains("of D on 2024-01-03;");
        InverseVolatilityDecision decision =
                (InverseVolatilityDecision) day.decisions().get(0);
        assertThat(decision.candidates())
                .extracting(InverseVolatilityDecision.Candidate::weight)
                .containsExactly(0.0, 1.0, 0.0);
    }

    @Test
    void whenNoChildHasAVolatilityAllShareEqually() {
        DayEvaluation day = prepared(symphony(inverseVol(2, asset("C"), asset("D"))), PRICES)
                .evaluate(2);

        assertThat(weights(day)).containsExactlyInAnyOrderEntriesOf(Map.of("C", 0.5, "D", 0.5));
    }

    @Test
    void windowCountsReturnsSoTheFirstWeightComesAfterWindowPlusOneCloses() {
        var evaluator = prepared(symphony(inverseVol(2, asset("A"), asset("B"))), PRICES);

        // two returns need three closes: day 2
        assertThat(evaluator.firstDay()).isEqualTo(2);
    }
}
