package com.oragami.engine.eval;

import static com.oragami.engine.eval.Evaluations.prepared;
import static com.oragami.engine.eval.Evaluations.weights;
import static com.oragami.engine.eval.Prices.closes;
import static com.oragami.engine.eval.Trees.asset;
import static com.oragami.engine.eval.Trees.bottom;
import static com.oragami.engine.eval.Trees.symphony;
import static com.oragami.engine.eval.Trees.top;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Filter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterTest {

    private static final IndicatorKind RETURN = IndicatorKind.CUMULATIVE_RETURN;

    // cumulative-return(1) on day 1: A +10 %, B −5 %, C +5 %, D +5 % (a tie with C), E none (no close on day 0)
    private static final PriceTable PRICES = Prices.table(
            "A", closes(100, 110),
            "B", closes(100, 95),
            "C", closes(100, 105),
            "D", closes(100, 105),
            "E", closes(Double.NaN, 50));

    private static DayEvaluation day1(Filter filter) {
        return prepared(symphony(filter), PRICES).evaluate(1);
    }

    private static FilterDecision onlyFilter(DayEvaluation day) {
        assertThat(day.decisions()).hasSize(1);
        return (FilterDecision) day.decisions().get(0);
    }

    @Test
    void topKeepsTheHighestScoresAndTiesKeepChildOrder() {
        DayEvaluation day = day1(top(2, RETURN, 1, asset("B"), asset("D"), asset("C"), asset("A")));

        // A (0.10), then D before C (0.05 each; D is listed first)
        assertThat(weights(day)).containsExactlyInAnyOrderEntriesOf(Map.of("A", 0.5, "D", 0.5));
    }

    @Test
    void tieIsBrokenByChildOrder() {
        assertThat(weights(day1(top(1, RETURN, 1, asset("C"), asset("D"))))).containsOnlyKeys("C");
        assertThat(weights(day1(top(1, RETURN, 1, asset("D"), asset("C"))))).containsOnlyKeys("D");
    }

    @Test
    void bottomKeepsTheLowestScores() {
        DayEvaluation day = day1(bottom(2, RETURN, 1, asset("A"), asset("C"), asset("D"), asset("B")));

        // B (−0.05), then C before D (0.05 each)
        assertThat(weights(day)).containsExactlyInAnyOrderEntriesOf(Map.of("B", 0.5, "C", 0.5));
    }

    @Test
    void selectingMoreThanThereAreKeepsAll() {
        DayEvaluation day = day1(top(5, RETURN, 1, asset("A"), asset("B")));

        assertThat(weights(day)).containsExactlyInAnyOrderEntriesOf(Map.of("A", 0.5, "B", 0.5));
    }

    @Test
    void traceListsCandidatesInRankOrderWithScores() {
        DayEvaluation day = day1(top(2, RETURN, 1, asset("B"), asset("E"), asset("C"), asset("A"), asset("D")));

        FilterDecision decision = onlyFilter(day);
        assertThat(decision.nodePath()).isEqualTo("root > filter[0]");
        assertThat(decision.ranking()).isEqualTo("top 2 by 1-day cumulative-return");
        assertThat(decision.candidates())
                .extracting(FilterDecision.Candidate::label, FilterDecision.Candidate::selected)
                .containsExactly(
                        tuple("A", true), tuple("C", true), tuple("D", false), tuple("B", false), tuple("E", false));
        assertThat(decision.candidates().get(0).score()).isCloseTo(0.10, within(1e-12));
        assertThat(decision.candidates().get(3).score()).isCloseTo(-0.05, within(1e-12));
        assertThat(decision.candidates().get(4).score()).isNaN();
    }

    @Test
    void candidateWithoutAScoreIsLeftOutWithAWarning() {
        DayEvaluation day = day1(top(1, RETURN, 1, asset("E"), asset("B")));

        assertThat(weights(day)).containsExactlyEntriesOf(Map.of("B", 1.0));
        assertThat(day.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("filter-score-undefined");
            assertThat(warning.message())
                    .isEqualTo("cannot compute 1-day cumulative-return of E on 2024-01-02; left out of the ranking");
            assertThat(warning.where().nodePath()).isEqualTo("root > filter[0]");
        });
    }

    @Test
    void whenNoCandidateHasAScoreAllShareEqually() {
        // day 0: no cumulative return yet for anyone
        DayEvaluation day = prepared(symphony(top(1, RETURN, 1, asset("A"), asset("B"))), PRICES)
                .evaluate(0);

        assertThat(weights(day)).containsExactlyInAnyOrderEntriesOf(Map.of("A", 0.5, "B", 0.5));
        assertThat(onlyFilter(day).candidates())
                .allSatisfy(c -> assertThat(c.selected()).isTrue());
        assertThat(day.warnings()).hasSize(2);
    }

    @Test
    void filterWithoutChildrenLeavesItsWeightInCash() {
        DayEvaluation day = day1(top(1, RETURN, 1));

        assertThat(day.allocation().cash()).isEqualTo(1.0);
    }

    @Test
    void priceLevelRankingOfAssetsUsesTheirCloses() {
        DayEvaluation day = day1(bottom(1, IndicatorKind.CURRENT_PRICE, 0, asset("A"), asset("E"), asset("B")));

        // closes on day 1: A 110, E 50, B 95 → lowest is E
        assertThat(weights(day)).containsOnlyKeys("E");
        assertThat(onlyFilter(day).ranking()).isEqualTo("bottom 1 by current-price");
    }
}
