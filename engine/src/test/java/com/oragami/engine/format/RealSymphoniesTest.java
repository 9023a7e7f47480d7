package com.oragami.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Parsed;
import com.oragami.engine.symphony.Filter;
import com.oragami.engine.symphony.IfElse;
import com.oragami.engine.symphony.InverseVolatilityWeight;
import com.oragami.engine.symphony.Node;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RealSymphoniesTest {

    private static final Path REAL = Path.of("src/test/resources/symphonies/real");

    static Stream<String> realFiles() throws IOException {
        try (Stream<Path> files = Files.list(REAL)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".md"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static SymphonyDocument read(String file) {
        Parsed<SymphonyDocument> parsed = SymphonyReader.read(REAL.resolve(file));
        assertThat(parsed.problems()).as(file).isEmpty();
        return parsed.get();
    }

    private static int count(String file, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(REAL.resolve(file), StandardCharsets.UTF_8));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static long countNodes(Symphony symphony, Class<? extends Node> type) {
        Deque<Node> todo = new ArrayDeque<>(symphony.children());
        long n = 0;
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (type.isInstance(node)) {
                n++;
            }
            todo.addAll(node.children());
        }
        return n;
    }

    /** Distinct tickers held by asset nodes (SOURCES.md counts these). */
    private static java.util.Set<Ticker> assetTickers(Symphony symphony) {
        java.util.Set<Ticker> tickers = new java.util.TreeSet<>();
        Deque<Node> todo = new ArrayDeque<>(symphony.children());
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof com.oragami.engine.symphony.Asset asset) {
                tickers.add(asset.ticker());
            }
            todo.addAll(node.children());
        }
        return tickers;
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void readsEveryRealFileWithoutProblems(String file) {
        SymphonyDocument document = read(file);

        assertThat(document.symphony().children()).as(file).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void roundTripsEveryRealFileThroughTheCanonicalScore(String file) {
        Symphony original = read(file).symphony();

        Parsed<SymphonyDocument> again = SymphonyReader.read("written.json", ScoreWriter.write(original));

        assertThat(again.problems()).isEmpty();
        assertThat(again.get().symphony()).isEqualTo(original);
        assertThat(again.get().format()).isEqualTo(Format.JSON);
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void roundTripsEveryRealFileThroughTheCompactScore(String file) {
        Symphony original = read(file).symphony();

        String compact = ScoreWriter.writeCompact(original);
        Parsed<SymphonyDocument> again = SymphonyReader.read("written.json", compact);

        assertThat(compact.strip()).doesNotContain("\n");
        assertThat(again.problems()).isEmpty();
        assertThat(again.get().symphony()).isEqualTo(original);
    }

    @Test
    void compactKitchenSinkIsNoLargerThanItsSource() throws IOException {
        String file = "planet-of-hunted-cascades-kitchen-sink.json";

        String compact = ScoreWriter.writeCompact(read(file).symphony());

        // the source is 1 044 312 bytes with quote snapshots and cosmetic keys the model drops
        assertThat(compact.length()).isLessThan((int) Files.size(REAL.resolve(file)));
    }

    @Test
    void kitchenSinkJsonHasOneNodePerStepKeyAndNinetyTwoTickers() throws IOException {
        String file = "planet-of-hunted-cascades-kitchen-sink.json";

        Symphony symphony = read(file).symphony();

        // SOURCES.md: 8 455 nodes = every "step" key in the file; 92 tickers
        assertThat(count(file, "\"step\":")).isEqualTo(8455);
        assertThat(symphony.nodeCount()).isEqualTo(8455);
        assertThat(assetTickers(symphony)).hasSize(92);
        assertThat(countNodes(symphony, Filter.class)).isEqualTo(183);
        assertThat(countNodes(symphony, IfElse.class)).isEqualTo(1003);
        assertThat(countNodes(symphony, SpecifiedWeight.class)).isEqualTo(37);
        assertThat(countNodes(symphony, InverseVolatilityWeight.class)).isEqualTo(1);
    }

    @Test
    void compoundConditionsFileMatchesSources() throws IOException {
        String file = "corporate-chaos-5-ways-compound-conditions.json";

        Symphony symphony = read(file).symphony();

        // SOURCES.md: 866 nodes, 27 tickers, 80 filters, 25 if
        assertThat(count(file, "\"step\":")).isEqualTo(866);
        assertThat(symphony.nodeCount()).isEqualTo(866);
        assertThat(assetTickers(symphony)).hasSize(27);
        assertThat(countNodes(symphony, Filter.class)).isEqualTo(80);
        assertThat(countNodes(symphony, IfElse.class)).isEqualTo(25);
    }

    @Test
    void ednInJsonRequestCarriesTheRequestFields() {
        SymphonyDocument document = read("protected-leverage-3x-backtest-request-edn-in-json.json");

        assertThat(document.format()).isEqualTo(Format.EDN);
        assertThat(document.wrappedInRequest()).isTrue();
        BacktestRequest request = document.request().orElseThrow();
        assertThat(request.capital()).hasValue(10000);
        assertThat(request.slippagePercent()).hasValue(0.0005);
        // 16730 epoch days = 2015-10-22
        assertThat(request.start()).contains(LocalDate.of(2015, 10, 22));
        assertThat(request.applyRegFee()).isTrue();
        assertThat(request.applyTafFee()).isTrue();
        assertThat(document.symphony().id().value()).isEqualTo("4VjKbM4tLMWO4z9N9ogl");
        assertThat(countNodes(document.symphony(), InverseVolatilityWeight.class))
                .isEqualTo(2);
        assertThat(countNodes(document.symphony(), SpecifiedWeight.class)).isEqualTo(5);
        assertThat(countNodes(document.symphony(), Filter.class)).isEqualTo(8);
        assertThat(document.sourceMap().source()).endsWith("(decoded JSON string)");
    }

    @Test
    void quotedEdnRequestHasItsDatesAndBenchmarks() {
        SymphonyDocument document = read("copy-of-simple-sp500-backtest-request.edn");

        BacktestRequest request = document.request().orElseThrow();
        // 19289 epoch days = 2022-10-24 (spec §9.2), so 19283 = 2022-10-18;
        // 11979 = 19283 - 7304 days, and 2002-10-19 .. 2022-10-18 is 20 years with 5 leap days = 7305 - 1
        assertThat(request.start()).contains(LocalDate.of(2002, 10, 19));
        assertThat(request.end()).contains(LocalDate.of(2022, 10, 18));
        assertThat(request.benchmarkTickers()).containsExactly("SPY", "QQQ");
    }

    @Test
    void specifiedWeightsKeepNonHundredDenominators() {
        Symphony symphony = read("testaroo-specified-weights.edn").symphony();

        SpecifiedWeight specified = (SpecifiedWeight)
                symphony.children().get(0).children().get(0).children().get(0);
        // {:num "01", :den "2"} = 0.5; {:num "12", :den 100} = 0.12; {:num "6", :den 100} = 0.06
        assertThat(specified.weights()).extracting(w -> w.fraction()).containsExactly(0.5, 0.12, 0.06);
        assertThat(document("testaroo-specified-weights.edn").format()).isEqualTo(Format.EDN);
    }

    private static SymphonyDocument document(String file) {
        return read(file);
    }

    @Test
    void defsymphonyKitchenSinkMatchesSources() throws IOException {
        String file = "three-x-beefier-v4-1-1-kitchen-sink.defsymphony.edn";

        Symphony symphony = read(file).symphony();

        // SOURCES.md: 593 assets, 163 if, 120 filters, 9 weight-specified, 2 weight-inverse-volatility
        assertThat(count(file, "\\(asset\\b")).isEqualTo(593);
        assertThat(symphony.tickers()).isNotEmpty();
        assertThat(countNodes(symphony, IfElse.class))
                .isEqualTo(count(file, "\\(if\\b"))
                .isEqualTo(163);
        assertThat(countNodes(symphony, Filter.class)).isEqualTo(120);
        assertThat(countNodes(symphony, SpecifiedWeight.class)).isEqualTo(9);
        assertThat(countNodes(symphony, InverseVolatilityWeight.class)).isEqualTo(2);
        assertThat(read(file).format()).isEqualTo(Format.DEFSYMPHONY);
    }

    @Test
    void thresholdSettingBecomesCorridorRebalance() {
        Symphony symphony =
                read("simons-kmlm-full-build-threshold.defsymphony.edn").symphony();

        assertThat(symphony.rebalance()).isEqualTo(Rebalance.threshold(0.1));
        assertThat(symphony.name()).isEqualTo("Simons KMLM FULL BUILD");
    }

    @Test
    void frontRunnerDefsymphonyHoldsItsTickers() {
        Symphony symphony = read("tqqq-ftlt-front-runner-mods.defsymphony.edn").symphony();

        assertThat(symphony.tickers()).contains(Ticker.of("SPY"), Ticker.of("TQQQ"), Ticker.of("UVXY"));
        assertThat(symphony.rebalance()).isEqualTo(Rebalance.DAILY);
    }

    @Test
    void readingTheSameDefsymphonyTwiceGivesTheSameIds() {
        String file = "what-have-i-done-filter-on-groups.defsymphony.edn";

        assertThat(read(file).symphony()).isEqualTo(read(file).symphony());
        assertThat(List.of(read(file).symphony().children().get(0).id().value()))
                .allMatch(id -> id.length() == 36);
    }
}
