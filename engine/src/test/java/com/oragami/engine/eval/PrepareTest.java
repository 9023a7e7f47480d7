package com.oragami.engine.eval;

import static com.oragami.engine.eval.Evaluations.prepared;
import static com.oragami.engine.eval.Evaluations.weights;
import static com.oragami.engine.eval.Prices.closes;
import static com.oragami.engine.eval.Prices.flat;
import static com.oragami.engine.eval.Trees.asset;
import static com.oragami.engine.eval.Trees.call;
import static com.oragami.engine.eval.Trees.cash;
import static com.oragami.engine.eval.Trees.compare;
import static com.oragami.engine.eval.Trees.equal;
import static com.oragami.engine.eval.Trees.group;
import static com.oragami.engine.eval.Trees.ifElse;
import static com.oragami.engine.eval.Trees.inverseVol;
import static com.oragami.engine.eval.Trees.symphony;
import static com.oragami.engine.eval.Trees.top;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrepareTest {

    private static final double[] RISING = new double[20];

    static {
        for (int i = 0; i < RISING.length; i++) {
            RISING[i] = 100 + i * (i % 3 == 0 ? -1 : 2);
        }
    }

    // SPY from day 0 (20 days), QQQ from day 5
    private static final PriceTable PRICES = Prices.table("SPY", RISING, "QQQ", tail(20, 5), "BIL", flat(20, 91));

    private static double[] tail(int n, int from) {
        double[] out = flat(n, 50);
        for (int i = 0; i < from; i++) {
            out[i] = Double.NaN;
        }
        return out;
    }

    private static final IndicatorKind RSI = IndicatorKind.RELATIVE_STRENGTH_INDEX;

    @Test
    void tickerWithoutPricesIsAnError() {
        Parsed<SymphonyEvaluator> parsed = SymphonyEvaluator.prepare(
                symphony(equal(
                        asset("SPY"),
                        ifElse(compare(call(RSI, "XYZ", 10), Comparator.GT, 50), List.of(asset("ABC")), List.of()))),
                PRICES);

        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.errors()).extracting(Problem::code).containsExactly("no-prices", "no-prices");
        assertThat(parsed.errors().get(0).message()).isEqualTo("no prices for XYZ in 20 trading days of data");
        assertThat(parsed.errors().get(0).where().nodePath())
                .isEqualTo("root > wt-cash-equal[0] > if[1] > if-child[0]");
        assertThat(parsed.errors().get(1).where().nodePath())
                .isEqualTo("root > wt-cash-equal[0] > if[1] > if-child[0] > asset[0]");
    }

    @Test
    void unsupportedIndicatorIsAnError() {
        var condition = compare(call(IndicatorKind.PERCENTAGE_PRICE_OSCILLATOR, "SPY", 12), Comparator.GT, 0);
        Parsed<SymphonyEvaluator> parsed = SymphonyEvaluator.prepare(
                symphony(ifElse(
                        condition,
                        List.of(asset("SPY")),
                        List.of(top(1, IndicatorKind.UPPER_BOLLINGER, 20, asset("BIL"))))),
                PRICES);

        assertThat(parsed.errors())
                .extracting(Problem::code)
                .containsExactly("unsupported-indicator", "unsupported-indicator");
        assertThat(parsed.errors().get(0).message())
                .isEqualTo("percentage-price-oscillator is not supported (Composer does not compute it)");
        assertThat(parsed.errors().get(1).where().nodePath()).isEqualTo("root > if[0] > if-child[1] > filter[0]");
    }

    @Test
    void windowBelowOneIsAnError() {
        Parsed<SymphonyEvaluator> parsed = SymphonyEvaluator.prepare(
                symphony(equal(
                        inverseVol(0, asset("SPY")),
                        ifElse(compare(call(RSI, "SPY", 0), Comparator.GT, 50), List.of(), List.of()))),
                PRICES);

        assertThat(parsed.errors())
                .extracting(Problem::code)
                .containsExactly("window-not-positive", "window-not-positive");
    }

    @Test
    void priceLevelRankingOfABlockIsWarnedAndUsesTheNav() {
        var symphony =
                symphony(top(1, IndicatorKind.MOVING_AVERAGE_PRICE, 2, group("G", equal(asset("BIL"))), asset("QQQ")));

        Parsed<SymphonyEvaluator> parsed = SymphonyEvaluator.prepare(symphony, PRICES);

        assertThat(parsed.warnings()).extracting(Problem::code).contains("price-indicator-on-block");
        assertThat(parsed.warnings().get(0).where().nodePath()).isEqualTo("root > filter[0] > group[0]");
        // G's NAV stays at 100 (BIL is flat) and beats QQQ's 50
        assertThat(weights(parsed.get().evaluate(10))).containsOnlyKeys("BIL");
    }

    @Test
    void firstDayIsTheLastFirstValueOfAnySeries() {
        var symphony = symphony(ifElse(
                compare(call(RSI, "SPY", 14), Comparator.GT, call(IndicatorKind.CUMULATIVE_RETURN, "SPY", 3)),
                List.of(asset("QQQ")),
                List.of(asset("BIL"))));

        SymphonyEvaluator evaluator = prepared(symphony, PRICES);

        // RSI(14) first at index 14; QQQ's first close at 5; 3-day return at 3
        assertThat(evaluator.firstDay()).isEqualTo(14);
        assertThat(evaluator.startWarnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("start-held-back");
            assertThat(warning.message())
                    .isEqualTo("cannot compute 14-day relative-strength-index of SPY until 2024-01-15");
            assertThat(warning.where().nodePath()).isEqualTo("root > if[0] > if-child[0]");
        });
    }

    @Test
    void firstDayWithoutIndicatorsIsTheLastFirstClose() {
        SymphonyEvaluator evaluator = prepared(symphony(equal(asset("SPY"), asset("QQQ"), cash())), PRICES);

        assertThat(evaluator.firstDay()).isEqualTo(5);
        assertThat(evaluator.startWarnings()).isEmpty();
    }

    @Test
    void seriesThatNeverStartsGivesNoFirstDay() {
        Parsed<SymphonyEvaluator> parsed = SymphonyEvaluator.prepare(
                symphony(ifElse(compare(call(RSI, "SPY", 30), Comparator.GT, 50), List.of(asset("SPY")), List.of())),
                PRICES);

        assertThat(parsed.get().firstDay()).isEqualTo(-1);
        assertThat(parsed.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("insufficient-history");
            assertThat(warning.message())
                    .isEqualTo(
                            "cannot compute 30-day relative-strength-index of SPY: the prices do not reach far enough");
        });
    }

    @Test
    void holdingATickerBeforeItsFirstCloseIsWarned() {
        DayEvaluation day = prepared(symphony(asset("QQQ")), PRICES).evaluate(2);

        assertThat(weights(day)).containsOnlyKeys("QQQ");
        assertThat(day.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("no-close");
            assertThat(warning.message()).isEqualTo("holds QQQ on 2024-01-03 but it has no close that day");
        });
    }

    @Test
    void evaluatingOutsideTheTableIsABug() {
        SymphonyEvaluator evaluator = prepared(symphony(asset("SPY")), PRICES);

        assertThatThrownBy(() -> evaluator.evaluate(20)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> evaluator.evaluate(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void sameInputsGiveEqualEvaluations() {
        var symphony = symphony(equal(
                top(2, IndicatorKind.CUMULATIVE_RETURN, 3, asset("SPY"), asset("QQQ"), group("g", asset("BIL"))),
                ifElse(compare(call(RSI, "SPY", 5), Comparator.LT, 30), List.of(asset("QQQ")), List.of(asset("SPY")))));

        DayEvaluation first = prepared(symphony, PRICES).evaluate(12);
        DayEvaluation second = prepared(symphony, PRICES).evaluate(12);

        assertThat(second).isEqualTo(first);
        assertThat(first.decisions()).hasSize(2);
    }

    @Test
    void exposesItsInputs() {
        var symphony = symphony(asset("SPY"));

        SymphonyEvaluator evaluator = prepared(symphony, PRICES);

        assertThat(evaluator.symphony()).isSameAs(symphony);
        assertThat(evaluator.prices()).isSameAs(PRICES);
    }

    @Test
    void emptyTableHasNoFirstDay() {
        SymphonyEvaluator evaluator = prepared(symphony(cash()), PriceTable.of(List.of()));

        assertThat(evaluator.firstDay()).isEqualTo(-1);
    }

    @Test
    void closesAreUsedAsGiven() {
        SymphonyEvaluator evaluator = prepared(
                symphony(ifElse(compare(Trees.price("SPY"), Comparator.EQ, 102), List.of(asset("SPY")), List.of())),
                Prices.table("SPY", closes(101, 102)));

        assertThat(weights(evaluator.evaluate(1))).containsOnlyKeys("SPY");
    }
}
