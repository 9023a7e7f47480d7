package com.oragami.engine.eval;

import static com.oragami.engine.eval.Evaluations.prepared;
import static com.oragami.engine.eval.Evaluations.weights;
import static com.oragami.engine.eval.Prices.flat;
import static com.oragami.engine.eval.Trees.asset;
import static com.oragami.engine.eval.Trees.cash;
import static com.oragami.engine.eval.Trees.equal;
import static com.oragami.engine.eval.Trees.group;
import static com.oragami.engine.eval.Trees.marketCap;
import static com.oragami.engine.eval.Trees.specified;
import static com.oragami.engine.eval.Trees.symphony;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Node;
import com.oragami.engine.symphony.Weight;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightingTest {

    private static final PriceTable PRICES =
            Prices.table("SPY", flat(3, 100), "QQQ", flat(3, 50), "TLT", flat(3, 90), "BIL", flat(3, 91));

    @Test
    void equalWeightCountsChildBlocksNotAssets() {
        var symphony = symphony(equal(asset("SPY"), group("pair", equal(asset("QQQ"), asset("TLT")))));

        DayEvaluation day = prepared(symphony, PRICES).evaluate(1);

        // SPY 1/2; the group's 1/2 is split over its two assets: 1/4 each
        assertThat(weights(day)).containsExactlyInAnyOrderEntriesOf(Map.of("SPY", 0.5, "QQQ", 0.25, "TLT", 0.25));
        assertThat(day.allocation().cash()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void severalTopBlocksShareTheRootEqually() {
        var symphony = symphony(asset("SPY"), equal(asset("QQQ"), asset("TLT")), asset("BIL"));

        DayEvaluation day = prepared(symphony, PRICES).evaluate(0);

        // 1/3 each top block; the middle one halves: 1/6
        assertThat(weights(day).get("SPY")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(weights(day).get("QQQ")).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(weights(day).get("BIL")).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void nestedWeightsMultiplyAsInComposersBacktest() {
        List<Node> fifteen = new ArrayList<>();
        List<Object> series = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            fifteen.add(asset("T" + i));
            series.add("T" + i);
            series.add(flat(2, 10 + i));
        }
        series.add("SPY");
        series.add(flat(2, 100));
        var symphony = symphony(specified(0.40, equal(fifteen.toArray(Node[]::new)), 0.60, asset("SPY")));

        DayEvaluation day = prepared(symphony, Prices.table(series.toArray())).evaluate(1);

        // spec §4.1: 0.40 × 1/15 = 0.026666…
        assertThat(weights(day).get("T7")).isCloseTo(0.40 / 15, within(1e-12));
        assertThat(weights(day).get("T7")).isCloseTo(0.0266667, within(1e-7));
        assertThat(weights(day).get("SPY")).isCloseTo(0.60, within(1e-12));
    }

    @Test
    void specifiedWeightsThatDoNotSumToOneAreNormalized() {
        var symphony = symphony(specified(0.30, asset("SPY"), 0.30, asset("QQQ"), 0.15, asset("TLT")));

        DayEvaluation day = prepared(symphony, PRICES).evaluate(0);

        // total 0.75: 0.30/0.75 = 0.4, 0.15/0.75 = 0.2
        assertThat(weights(day).get("SPY")).isCloseTo(0.4, within(1e-12));
        assertThat(weights(day).get("QQQ")).isCloseTo(0.4, within(1e-12));
        assertThat(weights(day).get("TLT")).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void specifiedWeightWithZeroDenominatorCountsAsZero() {
        var symphony = symphony(specified(new Weight(1, 2), asset("SPY"), new Weight(1, 0), asset("QQQ")));

        DayEvaluation day = prepared(symphony, PRICES).evaluate(0);

        // {num "01", den "2"} = 0.5, the only usable fraction, normalized to 1
        assertThat(weights(day)).containsExactlyEntriesOf(Map.of("SPY", 1.0));
    }

    @Test
    void specifiedWeightsWithNothingPositiveLeaveTheWeightInCash() {
        var symphony = symphony(equal(specified(0.0, asset("SPY")), asset("QQQ")));

        DayEvaluation day = prepared(symphony, PRICES).evaluate(0);

        assertThat(weights(day)).containsExactlyEntriesOf(Map.of("QQQ", 0.5));
        assertThat(day.allocation().cash()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void sameTickerThroughSeveralPathsAddsUp() {
        var symphony = symphony(equal(asset("SPY"), group("again", equal(asset("SPY"), asset("QQQ")))));

        DayEvaluation day = prepared(symphony, PRICES).evaluate(0);

        // 1/2 + 1/2 × 1/2 = 0.75
        assertThat(weights(day).get("SPY")).isCloseTo(0.75, within(1e-12));
        assertThat(weights(day).get("QQQ")).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void emptyBlockKeepsItsShareInCash() {
        var symphony = symphony(equal(asset("SPY"), cash(), asset("QQQ"), cash()));

        DayEvaluation day = prepared(symphony, PRICES).evaluate(2);

        assertThat(weights(day)).containsExactlyInAnyOrderEntriesOf(Map.of("SPY", 0.25, "QQQ", 0.25));
        assertThat(day.allocation().cash()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void marketCapWeightsEquallyAndWarnsOnce() {
        var symphony = symphony(marketCap(asset("SPY"), asset("QQQ")));

        Parsed<SymphonyEvaluator> parsed = SymphonyEvaluator.prepare(symphony, PRICES);
        DayEvaluation day = parsed.get().evaluate(0);

        assertThat(parsed.warnings()).extracting(Problem::code).containsExactly("market-cap-unavailable");
        assertThat(parsed.warnings().get(0).where().nodePath()).isEqualTo("root > wt-marketcap[0]");
        assertThat(weights(day)).containsExactlyInAnyOrderEntriesOf(Map.of("SPY", 0.5, "QQQ", 0.5));
    }

    @Test
    void dayEvaluationCarriesDayAndDate() {
        DayEvaluation day = prepared(symphony(asset("SPY")), PRICES).evaluate(2);

        assertThat(day.day()).isEqualTo(2);
        assertThat(day.date()).isEqualTo(Prices.day(2));
        assertThat(day.decisions()).isEmpty();
        assertThat(day.warnings()).isEmpty();
    }
}
