package com.oragami.cli;

import static com.oragami.cli.Cli.KITCHEN_SINK;
import static com.oragami.cli.Cli.TQQQ;
import static com.oragami.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {

    @Test
    void tqqqTextShowsWeightsAndEveryIfTaken() {
        Cli.Result result = run("evaluate", TQQQ, "--date", "2024-01-02").succeeds();

        assertThat(result.out())
                .startsWith("TQQQ For The Long Term Original (285.1%/45.6%DD) (Invest Copy) on 2024-01-02")
                .contains("weights:")
                .containsPattern("(?m)^  TQQQ +100\\.0000%$")
                .contains("decisions:")
                .contains("root > wt-cash-equal[0] > if[0]: current-price(SPY) > moving-average-price(SPY, 200)");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void tqqqJsonHasTheDocumentedKeysAndWeightsSummingToOne() {
        Cli.Result result =
                run("evaluate", TQQQ, "--date", "2024-01-02", "--json").succeeds();

        Map<String, Object> doc = JsonTree.object(result.out());
        assertThat(doc).containsOnlyKeys("symphony", "date", "weights", "trace", "warnings");
        assertThat(doc.get("date")).isEqualTo("2024-01-02");
        assertThat(doc.get("symphony")).isEqualTo("TQQQ For The Long Term Original (285.1%/45.6%DD) (Invest Copy)");
        assertThat(sum(JsonTree.map(doc.get("weights")))).isCloseTo(1.0, within(1e-9));
        List<Object> trace = JsonTree.list(doc.get("trace"));
        assertThat(trace).isNotEmpty();
        Map<String, Object> first = JsonTree.map(trace.get(0));
        assertThat(first.get("kind")).isEqualTo("if");
        Map<String, Object> decision = JsonTree.map(first.get("decision"));
        // SPY 2024-01-02 adjusted close 458.80923 (bundled) is above its 200-day SMA
        assertThat(JsonTree.map(JsonTree.list(decision.get("tested")).get(0)).get("left"))
                .isEqualTo(458.80923);
        assertThat(JsonTree.list(doc.get("warnings"))).isEmpty();
    }

    @Test
    void kitchenSinkWithSyntheticPricesIsLabelledAndSumsToOne() {
        Cli.Result result = run("evaluate", KITCHEN_SINK, "--date", "2024-01-02", "--synthetic", "--json")
                .succeeds();

        Map<String, Object> doc = JsonTree.object(result.out());
        assertThat(doc).containsOnlyKeys("symphony", "date", "weights", "trace", "warnings");
        assertThat(sum(JsonTree.map(doc.get("weights")))).isCloseTo(1.0, within(1e-9));
        assertThat(JsonTree.list(doc.get("trace"))).hasSizeGreaterThan(10);
        assertThat(JsonTree.list(doc.get("warnings")))
                .contains("synthetic prices (not market data) for IWS", "synthetic prices (not market data) for MDY");
        assertThat(result.err()).contains("synthetic prices (not market data) for 3 ticker(s): IWS, MDY, YINN");
    }

    @Test
    void kitchenSinkTextHasFilterDecisions() {
        Cli.Result result = run("evaluate", KITCHEN_SINK, "--date", "2024-01-02", "--synthetic")
                .succeeds();

        assertThat(result.out()).contains("weights:").containsPattern("filter\\[\\d+\\]: ");
    }

    @Test
    void missingTickersWithoutSyntheticNameThemAndSuggestSynthetic() {
        Cli.Result result =
                run("evaluate", KITCHEN_SINK, "--date", "2024-01-02").failsWithOneLine();

        assertThat(result.err()).contains("IWS, MDY, YINN").contains("--synthetic");
    }

    @Test
    void dateThatIsNotATradingDayNamesTheOneBefore() {
        Cli.Result result = run("evaluate", TQQQ, "--date", "2024-01-06").failsWithOneLine();

        assertThat(result.err()).contains("2024-01-06 is not a trading day").contains("2024-01-05");
    }

    @Test
    void dateBeforeTheIndicatorsAreDefinedSaysFromWhen() {
        Cli.Result result = run("evaluate", TQQQ, "--date", "2011-01-03").failsWithOneLine();

        assertThat(result.err()).contains("2011-10-18").contains("UVXY");
    }

    @Test
    void malformedDateIsOneLineWithoutAnExceptionName() {
        Cli.Result result = run("evaluate", TQQQ, "--date", "2024-13-01").failsCleanly();

        assertThat(result.err()).contains("2024-13-01");
    }

    @Test
    void missingDateIsAUsageError() {
        run("evaluate", TQQQ).failsCleanly().err();
    }

    private static double sum(Map<String, Object> weights) {
        return weights.values().stream().mapToDouble(v -> (Double) v).sum();
    }
}
