package com.oragami.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

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
import com.oragami.engine.symphony.NodeId;
import com.oragami.engine.symphony.Ranking;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.symphony.Weight;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreWriterTest {

    private static final IndicatorCall RSI_SPY =
            new IndicatorCall(IndicatorKind.RELATIVE_STRENGTH_INDEX, Ticker.of("SPY"), 10);

    @Test
    void writesCanonicalPrettyScore() {
        Symphony symphony = new Symphony(
                NodeId.of("r"),
                "N \"q\"",
                "",
                Rebalance.threshold(0.05),
                List.of(new SpecifiedWeight(
                        NodeId.of("s"),
                        List.of(new Weight(66.5, 100)),
                        List.of(new Asset(NodeId.of("a"), Ticker.of("SPY"), "")))));

        String text = ScoreWriter.write(symphony);

        assertThat(text).isEqualTo("""
                {
                  "step": "root",
                  "id": "r",
                  "name": "N \\"q\\"",
                  "description": "",
                  "rebalance": "none",
                  "rebalance-corridor-width": 0.05,
                  "children": [
                    {
                      "step": "wt-cash-specified",
                      "id": "s",
                      "children": [
                        {
                          "step": "asset",
                          "id": "a",
                          "ticker": "SPY",
                          "weight": {
                            "num": 66.5,
                            "den": 100
                          }
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void writesSingleComparisonAsFlatFields() {
        IfElse ifElse = new IfElse(
                NodeId.of("i"),
                List.of(Branch.when(
                        NodeId.of("c"), new Condition.Comparison(RSI_SPY, Comparator.GT, new Constant(79)), List.of())),
                Branch.otherwise(NodeId.of("e"), List.of()));

        String text = ScoreWriter.write(new Symphony(NodeId.of("r"), "", "", Rebalance.DAILY, List.of(ifElse)));

        assertThat(text)
                .contains("\"lhs-fn\": \"relative-strength-index\"")
                .contains("\"rhs-fixed-value?\": true")
                .contains("\"rhs-val\": 79,")
                .contains("\"is-else-condition?\": true")
                .doesNotContain("\"condition\"");
    }

    @Test
    void roundTripsEveryNodeTypeAndConditionShape() {
        Condition.Comparison versusIndicator = new Condition.Comparison(
                new IndicatorCall(IndicatorKind.CURRENT_PRICE, Ticker.of("BRK/B"), 0),
                Comparator.LTE,
                new IndicatorCall(IndicatorKind.EXPONENTIAL_MOVING_AVERAGE_PRICE, Ticker.of("BTC/USD"), 3));
        Condition compound = new Condition.AnyOf(List.of(
                new Condition.AllOf(List.of(new Condition.Comparison(RSI_SPY, Comparator.EQ, new Constant(-0.125)))),
                versusIndicator));
        IfElse ifElse = new IfElse(
                NodeId.of("i"),
                List.of(
                        Branch.when(NodeId.of("c1"), compound, List.of(new Cash(NodeId.of("z")))),
                        Branch.when(NodeId.of("c2"), versusIndicator, List.of())),
                Branch.otherwise(NodeId.of("e"), List.of(new MarketCapWeight(NodeId.of("m"), List.of()))));
        Symphony symphony = new Symphony(
                NodeId.of("r"),
                "name",
                "about",
                Rebalance.every(Rebalance.Frequency.QUARTERLY),
                List.of(new EqualWeight(
                        NodeId.of("w"),
                        List.of(
                                ifElse,
                                new Group(
                                        NodeId.of("g"),
                                        "G",
                                        List.of(new InverseVolatilityWeight(NodeId.of("v"), 0, List.of()))),
                                new Filter(
                                        NodeId.of("f"),
                                        new Ranking(IndicatorKind.MAX_DRAWDOWN, -3, Ranking.Selection.BOTTOM, 0),
                                        List.of(new Asset(NodeId.of("a"), Ticker.of("QQQ"), "Nasdaq")))))));

        Symphony again = JsonScoreReadingTest.symphony(ScoreWriter.write(symphony));

        assertThat(again).isEqualTo(symphony);
    }

    @Test
    void writesIntegralNumbersWithoutFraction() {
        assertThat(ScoreWriter.number(100.0)).isEqualTo("100");
        assertThat(ScoreWriter.number(-13)).isEqualTo("-13");
        assertThat(ScoreWriter.number(66.67)).isEqualTo("66.67");
        assertThat(ScoreWriter.number(1e20)).isEqualTo("1.0E20");
        assertThat(ScoreWriter.number(-0.0)).isEqualTo("-0.0");
    }
}
