package com.oragami.cli;

import static com.oragami.cli.Cli.REAL;
import static com.oragami.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {

    static List<Path> realFiles() throws IOException {
        try (Stream<Path> files = Files.list(REAL)) {
            return files.filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void everyRealFileValidatesWithItsSummary(Path file) {
        Cli.Result result = run("validate", file).succeeds();

        assertThat(result.out())
                .startsWith(file + ": ok")
                .containsPattern("(?m)^  name: +\\S")
                .containsPattern("(?m)^  format: +(Composer JSON score|EDN|defsymphony)")
                .containsPattern("(?m)^  nodes: +[1-9][0-9]*$")
                .containsPattern("(?m)^  tickers: +[1-9][0-9]* \\([A-Z]")
                .containsPattern("(?m)^  rebalance: +(daily|threshold)");
        assertThat(result.err()).doesNotContain("error:");
    }

    @Test
    void tqqqForTheLongTermSummaryNamesItsTenTickers() {
        Cli.Result result = run("validate", Cli.TQQQ).succeeds();

        assertThat(result.out())
                .contains("  name:      TQQQ For The Long Term Original (285.1%/45.6%DD) (Invest Copy)")
                .contains("  format:    EDN")
                .contains("  nodes:     71")
                .contains("  tickers:   10 (SOXL, SOXS, SPXL, SPY, SQQQ, TECL, TLT, TQQQ, UPRO, UVXY)")
                .contains("  rebalance: daily");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void allRealFilesAtOnceExitZero() throws IOException {
        List<Path> files = realFiles();

        Object[] args = Stream.concat(Stream.of("validate"), files.stream()).toArray();

        Cli.Result result = run(args).succeeds();

        assertThat(result.out().lines().filter(l -> l.endsWith(": ok"))).hasSize(files.size());
    }

    @Test
    void severalFilesWithOneBadExitTwoWithOneProblemLineAndTheOthersSummaries(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"step\": \"root\", \"name\": \"x\", \"rebalance\": \"daily\", \"children\": [");

        Cli.Result result = run("validate", Cli.TQQQ, bad, REAL.resolve("testaroo-specified-weights.edn"));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).contains(Cli.TQQQ + ": ok").contains("testaroo-specified-weights.edn: ok");
        assertThat(result.errLines())
                .filteredOn(l -> l.contains("error"))
                .singleElement()
                .asString()
                .startsWith("bad.json:1:")
                .contains("truncated");
    }

    @Test
    void eachBadFileGetsItsOwnLine(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("one.edn");
        Path two = dir.resolve("two.json");
        Files.writeString(one, "{:step :root :name \"x\" :children [{:step :asset :ticker \"SPY\"}]");
        Files.writeString(two, "");

        Cli.Result result = run("validate", one, two);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(2);
        assertThat(result.errLines()[0]).startsWith("one.edn:");
        assertThat(result.errLines()[1]).startsWith("two.json:").contains("empty");
    }
}
