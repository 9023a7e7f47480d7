package com.oragami.engine.eval;

import static com.oragami.engine.eval.Evaluations.prepared;
import static com.oragami.engine.eval.Prices.closes;
import static com.oragami.engine.eval.Trees.asset;
import static com.oragami.engine.eval.Trees.compare;
import static com.oragami.engine.eval.Trees.equal;
import static com.oragami.engine.eval.Trees.group;
import static com.oragami.engine.eval.Trees.ifElse;
import static com.oragami.engine.eval.Trees.price;
import static com.oragami.engine.eval.Trees.symphony;
import static com.oragami.engine.eval.Trees.top;
import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Comparator;
import com.oragami.engine.symphony.Filter;
import com.oragami.engine.symphony.IfElse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The node paths of a trace, which are built once per symphony and shared between days. */
class TracePathsTest {

    private static final PriceTable PRICES = Prices.table(
            "A", closes(100, 110, 120),
            "B", closes(100, 90, 80),
            "C", closes(100, 100, 100));

    @Test
    void decisionsOfDifferentDaysShareTheirPathText() {
        IfElse decide = ifElse(compare(price("A"), Comparator.GT, 105), List.of(asset("A")), List.of(asset("B")));
        SymphonyEvaluator evaluator = prepared(symphony(group("outer", equal(decide))), PRICES);

        Decision day1 = evaluator.evaluate(1).decisions().get(0);
        Decision day2 = evaluator.evaluate(2).decisions().get(0);

        assertThat(day1.nodePath()).isEqualTo("root > group[0] > wt-cash-equal[0] > if[0]");
        assertThat(day2.nodePath()).isSameAs(day1.nodePath());
        // 110 > 105 on day 1: the comparison's text is resolved once as well
        IfDecision.ConditionOutcome tested = ((IfDecision) day1).tested().get(0);
        assertThat(tested.comparison()).isEqualTo("current-price(A) > 105");
        assertThat(tested.result()).isTrue();
        assertThat(((IfDecision) day2).tested().get(0).comparison()).isSameAs(tested.comparison());
    }

    @Test
    void aNodeObjectUsedAtTwoPlacesIsNamedByEachPlace() {
        // the same filter object twice: once under the root's equal weight, once inside a group
        Filter shared = top(1, IndicatorKind.CUMULATIVE_RETURN, 1, asset("A"), asset("B"));
        SymphonyEvaluator evaluator = prepared(symphony(equal(shared, group("", shared))), PRICES);

        List<Decision> decisions = evaluator.evaluate(1).decisions();

        assertThat(decisions)
                .extracting(Decision::nodePath)
                .containsExactly(
                        "root > wt-cash-equal[0] > filter[0]", "root > wt-cash-equal[0] > group[1] > filter[0]");
    }

    @Test
    void unnamedBlockCandidatesAreLabelledByTheirPathAfterADeepSibling() {
        // a filter over two unnamed groups; the first holds a deep if whose path is built first
        IfElse deep = ifElse(compare(price("C"), Comparator.LT, 50), List.of(asset("B")), List.of(asset("A")));
        Filter filter =
                top(1, IndicatorKind.CUMULATIVE_RETURN, 1, group("", equal(equal(deep))), group("", asset("B")));
        List<Decision> decisions =
                prepared(symphony(filter), PRICES).evaluate(2).decisions();

        FilterDecision ranking = (FilterDecision) decisions.get(0);
        // day 2: group 0 holds A (120 / 110 − 1 = +9.1 %), group 1 holds B (80 / 90 − 1 = −11.1 %)
        assertThat(ranking.candidates())
                .extracting(FilterDecision.Candidate::label)
                .containsExactly("root > filter[0] > group[0]", "root > filter[0] > group[1]");
        assertThat(decisions.get(1).nodePath())
                .isEqualTo("root > filter[0] > group[0] > wt-cash-equal[0] > wt-cash-equal[0] > if[0]");
    }
}
