package com.oragami.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.symphony.Asset;
import com.oragami.engine.symphony.Comparator;
import com.oragami.engine.symphony.Condition;
import com.oragami.engine.symphony.Constant;
import com.oragami.engine.symphony.Filter;
import com.oragami.engine.symphony.Group;
import com.oragami.engine.symphony.IfElse;
import com.oragami.engine.symphony.IndicatorCall;
import com.oragami.engine.symphony.InverseVolatilityWeight;
import com.oragami.engine.symphony.Ranking;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.symphony.Weight;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdnAndDefsymphonyReadingTest {

    private static SymphonyDocument read(String text) {
        Parsed<SymphonyDocument> parsed = SymphonyReader.read("t.edn", text);
        assertThat(parsed.problems()).isEmpty();
        return parsed.get();
    }

    private static Problem onlyError(String text) {
        Parsed<SymphonyDocument> parsed = SymphonyReader.read("t.edn", text);
        assertThat(parsed.errors()).hasSize(1);
        return parsed.errors().get(0);
    }

    private static Symphony defsymphony(String body) {
        SymphonyDocument document =
                read("(defsymphony \"S\" {:asset-class \"EQUITIES\", :rebalance-frequency :weekly} " + body + ")");
        assertThat(document.format()).isEqualTo(Format.DEFSYMPHONY);
        return document.symphony();
    }

    @Test
    void ednMapReadsToTheSameTreeAsJson() {
        String json = "{\"step\": \"root\", \"id\": \"r\", \"name\": \"N\", \"rebalance\": \"daily\", \"children\": ["
                + "{\"step\": \"if\", \"id\": \"i\", \"children\": [{\"step\": \"if-child\", \"id\": \"c\","
                + " \"is-else-condition?\": false, \"lhs-fn\": \"relative-strength-index\", \"lhs-window-days\": \"10\","
                + " \"lhs-val\": \"TQQQ\", \"comparator\": \"gt\", \"rhs-fixed-value?\": true, \"rhs-val\": \"79\","
                + " \"children\": [{\"step\": \"asset\", \"id\": \"a\", \"ticker\": \"UVXY\"}]},"
                + " {\"step\": \"if-child\", \"id\": \"e\", \"is-else-condition?\": true, \"children\": []}]}]}";
        String edn = """
                ; a comment
                {:step :root, :id "r", :name "N", :rebalance :daily, :children [
                  {:step :if, :id "i", :children [{:step :if-child, :id "c", :is-else-condition? false,
                    :lhs-fn :relative-strength-index, :lhs-window-days "10", :lhs-val "TQQQ", :comparator :gt,
                    :rhs-fixed-value? true, :rhs-val "79", :children [{:step :asset, :id "a", :ticker "UVXY"}]}
                   {:step :if-child, :id "e", :is-else-condition? true, :children []}]}]}
                """;

        SymphonyDocument fromEdn = read(edn);

        assertThat(fromEdn.format()).isEqualTo(Format.EDN);
        assertThat(fromEdn.symphony()).isEqualTo(JsonScoreReadingTest.symphony(json));
        assertThat(fromEdn.sourceMap().locate("root > if[0] > if-child[1]"))
                .isEqualTo(new Location("t.edn", 6, 4, "root > if[0] > if-child[1]"));
    }

    @Test
    void ednProblemsCarryLineColumnAndPath() {
        Problem problem = onlyError("{:step :root, :id \"r\", :rebalance :daily, :children [\n"
                + "  {:step :asset, :id \"a\", :ticker 42}]}");

        assertThat(problem.code()).isEqualTo("wrong-type");
        assertThat(problem.message()).isEqualTo("ticker must be a string, got 42");
        // 2 spaces, {:step :asset, :id "a", :ticker 42}: 42 starts at column 35
        assertThat(problem.where()).isEqualTo(new Location("t.edn", 2, 35, "root > asset[0]"));
    }

    @Test
    void ednReportsNanTruncationTrailingAndBadSyntax() {
        assertThat(onlyError("{:step :root :x ##NaN}").code()).isEqualTo("non-finite-number");
        assertThat(onlyError("{:step :root :children [").code()).isEqualTo("truncated");
        assertThat(onlyError("{:step :root :name \"open").code()).isEqualTo("truncated");
        assertThat(onlyError("{:step :root :rebalance :daily} {:more 1}").code())
                .isEqualTo("trailing-content");
        assertThat(onlyError("{:step :root :children [}").code()).isEqualTo("syntax-error");
        assertThat(onlyError("{:step :root :x}").code()).isEqualTo("syntax-error");
        assertThat(onlyError("{:step :root :x #{1}}").code()).isEqualTo("syntax-error");
    }

    @Test
    void ednRequestWrapperCarriesEpochDays() {
        SymphonyDocument document = read("{:capital 5000, :slippage-percent 0.001, :start-date-in-epoch-days 19289,"
                + " :apply-taf-fee? true, :symphony {:step :root, :id \"r\", :rebalance :monthly, :children []}}");

        assertThat(document.wrappedInRequest()).isTrue();
        BacktestRequest request = document.request().orElseThrow();
        assertThat(request.capital()).hasValue(5000);
        // spec §9.2: 19289 = 2022-10-24
        assertThat(request.start()).contains(java.time.LocalDate.of(2022, 10, 24));
        assertThat(request.end()).isEmpty();
        assertThat(request.applyTafFee()).isTrue();
        assertThat(request.applyRegFee()).isFalse();
        assertThat(document.symphony().rebalance()).isEqualTo(Rebalance.every(Rebalance.Frequency.MONTHLY));
    }

    @Test
    void jsonStringHoldingEdnIsDecodedFirst() {
        SymphonyDocument document = read("\"{:step :root, :id \\\"r\\\", :rebalance :daily, :children []}\"");

        assertThat(document.format()).isEqualTo(Format.EDN);
        assertThat(document.sourceMap().source()).isEqualTo("t.edn (decoded JSON string)");
    }

    @Test
    void defsymphonyReadsWeightsGroupsAndAssets() {
        Symphony symphony = defsymphony("(weight-specified 0.6 (group \"G\" [(asset \"SPY\" nil)])"
                + " 0.4 (weight-inverse-volatility 20 [(asset \"BIL\" \"T-Bills\") (asset \"EQUITIES::TLT//USD\")]))");

        assertThat(symphony.name()).isEqualTo("S");
        assertThat(symphony.rebalance()).isEqualTo(Rebalance.every(Rebalance.Frequency.WEEKLY));
        SpecifiedWeight specified = (SpecifiedWeight) symphony.children().get(0);
        // 0.6 → {num 60, den 100}; 0.4 → {num 40, den 100}
        assertThat(specified.weights()).containsExactly(Weight.ofFraction(0.6), Weight.ofFraction(0.4));
        Group group = (Group) specified.children().get(0);
        assertThat(group.name()).isEqualTo("G");
        assertThat(((Asset) group.children().get(0)).name()).isEmpty();
        InverseVolatilityWeight inverse =
                (InverseVolatilityWeight) specified.children().get(1);
        assertThat(inverse.window()).isEqualTo(20);
        assertThat(inverse.children())
                .extracting(n -> ((Asset) n).ticker())
                .containsExactly(Ticker.of("BIL"), Ticker.of("TLT"));
    }

    @Test
    void defsymphonyIfWithoutElseAndSeveralFormsPerBranch() {
        Symphony symphony = defsymphony(
                "(weight-equal [(if (>= (rsi \"SPY\" 10) 70) [(asset \"UVXY\" nil) (asset \"BIL\" nil)])])");

        IfElse ifElse = (IfElse) symphony.children().get(0).children().get(0);
        assertThat(ifElse.branches().get(0).children()).hasSize(2);
        assertThat(ifElse.otherwise().children()).isEmpty();
        assertThat(ifElse.branches().get(0).when())
                .contains(new Condition.Comparison(
                        new IndicatorCall(IndicatorKind.RELATIVE_STRENGTH_INDEX, Ticker.of("SPY"), 10),
                        Comparator.GTE,
                        new Constant(70)));
        // root, weight-equal, if, two if-children, two assets
        assertThat(symphony.nodeCount()).isEqualTo(7);
    }

    @Test
    void defsymphonyAndOrBecomeAllOfAnyOf() {
        Symphony symphony =
                defsymphony("(if (and (< (current-price \"SPY\") (moving-average-price \"SPY\" {:window 200}))"
                        + " (or (<= (cumulative-return \"QQQ\" {:window 5}) -3) (> (stdev-return \"QQQ\" {:window 20}) 2.5)))"
                        + " [(asset \"BIL\" nil)] [(asset \"SPY\" nil)])");

        Condition condition =
                ((IfElse) symphony.children().get(0)).branches().get(0).when().orElseThrow();
        assertThat(condition)
                .isEqualTo(new Condition.AllOf(List.of(
                        new Condition.Comparison(
                                new IndicatorCall(IndicatorKind.CURRENT_PRICE, Ticker.of("SPY"), 0),
                                Comparator.LT,
                                new IndicatorCall(IndicatorKind.MOVING_AVERAGE_PRICE, Ticker.of("SPY"), 200)),
                        new Condition.AnyOf(List.of(
                                new Condition.Comparison(
                                        new IndicatorCall(IndicatorKind.CUMULATIVE_RETURN, Ticker.of("QQQ"), 5),
                                        Comparator.LTE,
                                        new Constant(-3)),
                                new Condition.Comparison(
                                        new IndicatorCall(
                                                IndicatorKind.STANDARD_DEVIATION_RETURN, Ticker.of("QQQ"), 20),
                                        Comparator.GT,
                                        new Constant(2.5)))))));
    }

    @Test
    void defsymphonyFilterTakesEitherWindowForm() {
        Symphony symphony = defsymphony("(weight-equal [(filter (moving-average-return {:window 10}) (select-top 2)"
                + " [(asset \"A\" nil) (asset \"B\" nil)]) (filter (rsi 7) (select-bottom 1) [(asset \"C\" nil)])])");

        List<Filter> filters = symphony.children().get(0).children().stream()
                .map(Filter.class::cast)
                .toList();
        assertThat(filters.get(0).ranking())
                .isEqualTo(new Ranking(IndicatorKind.MOVING_AVERAGE_RETURN, 10, Ranking.Selection.TOP, 2));
        assertThat(filters.get(1).ranking())
                .isEqualTo(new Ranking(IndicatorKind.RELATIVE_STRENGTH_INDEX, 7, Ranking.Selection.BOTTOM, 1));
    }

    @Test
    void defsymphonyIdsComeFromThePath() {
        Symphony symphony = defsymphony("(weight-equal [(asset \"SPY\" nil)])");

        assertThat(symphony.children().get(0).children().get(0).id())
                .isEqualTo(GeneratedIds.of("S", "root > wt-cash-equal[0] > asset[0]"));
        assertThat(symphony.id()).isNotEqualTo(GeneratedIds.of("other", "root"));
    }

    @Test
    void defsymphonyProblemsAreLocated() {
        Problem unknown = onlyError("(defsymphony \"S\" {}\n  (weight-equal [(asset \"SPY\" nil) (wobble 3)]))");
        Problem function = onlyError("(defsymphony \"S\" {}\n  (if (> (vibes \"SPY\" 3) 1) [(asset \"A\" nil)]))");
        Problem window = onlyError("(defsymphony \"S\" {} (filter (rsi {:window \"ten\"}) (select-top 1) []))");
        Problem comparator = onlyError("(defsymphony \"S\" {} (if (!= (rsi \"SPY\" 3) 1) []))");
        Problem rebalance = onlyError("(defsymphony \"S\" {:rebalance-frequency :hourly} (weight-equal []))");
        Problem ticker = onlyError("(defsymphony \"S\" {} (asset \"$$$\" nil))");

        assertThat(unknown.code()).isEqualTo("unknown-step");
        // 2 spaces (1-2), "(weight-equal" 3-15, " [" 16-17, "(asset "SPY" nil)" 18-34, " " 35: "(wobble" at 36
        assertThat(unknown.where()).isEqualTo(new Location("t.edn", 2, 36, "root > wt-cash-equal[0] > wobble[1]"));
        assertThat(function.code()).isEqualTo("unknown-function");
        assertThat(function.where().nodePath()).isEqualTo("root > if[0]");
        assertThat(window.message()).isEqualTo("window must be a whole number, got \"ten\"");
        assertThat(comparator.code()).isEqualTo("unknown-comparator");
        assertThat(rebalance.code()).isEqualTo("unknown-rebalance");
        assertThat(ticker.code()).isEqualTo("malformed-ticker");
    }

    @Test
    void defsymphonyWithCommentsBeforeItIsSniffed() {
        Symphony symphony = read(";; exported\n\n(defsymphony \"S\" {:rebalance-threshold 0.05} (asset \"SPY\" nil))")
                .symphony();

        assertThat(symphony.rebalance()).isEqualTo(Rebalance.threshold(0.05));
    }
}
