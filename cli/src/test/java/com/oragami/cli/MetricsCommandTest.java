package com.oragami.cli;

import static com.oragami.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MetricsCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void returnsCsvGivesBothSetsOverEveryReturn() throws IOException {
        Path csv = file("r.csv", "date,return\n2024-01-02,0.01\n2024-01-03,-0.02\n2024-01-04,0.005\n2024-01-05,0\n");

        Map<String, Object> doc = JsonTree.object(
                run("metrics", "--returns", csv, "--json").succeeds().out());

        assertThat(doc.keySet()).containsExactly("metrics", "composer_stats");
        Map<String, Object> m = JsonTree.map(doc.get("metrics"));
        Map<String, Object> c = JsonTree.map(doc.get("composer_stats"));
        // comp = 1.01 * 0.98 * 1.005 * 1 - 1 = 0.994749 - 1 = -0.005251
        assertThat((Double) m.get("comp")).isCloseTo(-0.005251, within(1e-12));
        assertThat((Double) c.get("cumulative_return")).isCloseTo(-0.005251, within(1e-12));
        // quantstats: best/worst over the returns; win rate over non-zero days = 2 / 3
        assertThat((Double) m.get("best")).isCloseTo(0.01, within(1e-15));
        assertThat((Double) m.get("worst")).isCloseTo(-0.02, within(1e-15));
        assertThat((Double) m.get("win_rate")).isCloseTo(2.0 / 3, within(1e-15));
        // Composer: every one of the four given returns counts: max 0.01, min -0.02,
        // mean (0.01 - 0.02 + 0.005 + 0) / 4 = -0.00125, median (0 + 0.005) / 2 = 0.0025, win rate 2 / 4
        assertThat((Double) c.get("max")).isCloseTo(0.01, within(1e-12));
        assertThat((Double) c.get("min")).isCloseTo(-0.02, within(1e-12));
        assertThat((Double) c.get("mean")).isCloseTo(-0.00125, within(1e-12));
        assertThat((Double) c.get("median")).isCloseTo(0.0025, within(1e-12));
        assertThat((Double) c.get("win_rate")).isCloseTo(0.5, within(1e-15));
        assertThat((Double) c.get("max_drawdown")).isCloseTo(0.02, within(1e-12));
    }

    @Test
    void equityCsvWithoutCapitalStartsAtTheFirstValue() throws IOException {
        Path csv = file("e.csv", "date,value\n2024-01-02,10100\n2024-01-03,9898\n2024-01-04,9947.49\n");

        Map<String, Object> doc = JsonTree.object(
                run("metrics", "--equity", csv, "--json").succeeds().out());

        // 9947.49 / 10100 - 1 = -0.01510000
        assertThat((Double) JsonTree.map(doc.get("metrics")).get("comp")).isCloseTo(9947.49 / 10100 - 1, within(1e-12));
        assertThat((Double) JsonTree.map(doc.get("composer_stats")).get("cumulative_return"))
                .isCloseTo(9947.49 / 10100 - 1, within(1e-12));
    }

    @Test
    void equityCsvWithCapitalCountsTheFirstDay() throws IOException {
        Path csv = file("e.csv", "date,value\n2024-01-02,10100\n2024-01-03,9898\n2024-01-04,9947.49\n");

        Map<String, Object> doc = JsonTree.object(run("metrics", "--equity", csv, "--capital", "10000", "--json")
                .succeeds()
                .out());

        // 9947.49 / 10000 - 1 = -0.005251; quantstats sees 3 returns, the first +1 %
        Map<String, Object> m = JsonTree.map(doc.get("metrics"));
        assertThat((Double) m.get("comp")).isCloseTo(-0.005251, within(1e-12));
        assertThat((Double) m.get("best")).isCloseTo(0.01, within(1e-12));
        assertThat((Double) JsonTree.map(doc.get("composer_stats")).get("cumulative_return"))
                .isCloseTo(-0.005251, within(1e-12));
    }

    @Test
    void textOutputListsBothSets() throws IOException {
        Path csv = file("r.csv", "date,return\n2024-01-02,0.01\n2024-01-03,-0.02\n2024-01-04,0.005\n");

        Cli.Result result = run("metrics", "--returns", csv).succeeds();

        assertThat(result.out())
                .contains("metrics (quantstats)")
                .contains("composer_stats")
                .containsPattern("(?m)^  cagr +-?\\d")
                .containsPattern("(?m)^  cumulative_return +-?\\d");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("date,return\n2024-01-02,0.01\n2024-01-03,abc\n", "bad.csv:3:"),
                Arguments.of("date,return\n2024-01-02,0.01\n2024-01-01,0.02\n", "bad.csv:3:"),
                Arguments.of("date,ret\n2024-01-02,0.01\n", "bad.csv:1:"),
                Arguments.of("date,return\n2024-01-02,0.01,3\n2024-01-03,0.01\n", "bad.csv:2:"),
                Arguments.of("date,return\n2024-01-02,0.01\n2024-01-03,-1.5\n", "bad.csv:3:"),
                Arguments.of("date,return\n2024-01-02,0.01\n2024-01-03,NaN\n", "bad.csv:3:"),
                Arguments.of("date,return\n2024-13-02,0.01\n2024-01-03,0.1\n", "bad.csv:2:"),
                Arguments.of("date,return\n\n2024-01-02,0.01\n\n2024-01-03,x\n", "bad.csv:5:"),
                Arguments.of("date,return\n", "at least 2"),
                Arguments.of("", "bad.csv:1:"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformed")
    void malformedReturnsCsvNamesFileAndLine(String text, String where) throws IOException {
        Path csv = file("bad.csv", text);

        Cli.Result result = run("metrics", "--returns", csv).failsWithOneLine();

        assertThat(result.err()).contains(where);
    }

    @Test
    void nonPositiveEquityValueNamesFileAndLine() throws IOException {
        Path csv = file("bad.csv", "date,value\n2024-01-02,10100\n2024-01-03,-5\n");

        assertThat(run("metrics", "--equity", csv).failsWithOneLine().err()).contains("bad.csv:3:");
    }

    @Test
    void unreadableInputsAreOneLineWithoutExceptionNames() throws IOException {
        byte[] garbage = {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0x00};
        Path binary = Files.write(dir.resolve("g.csv"), garbage);

        run("metrics", "--returns", binary).failsWithOneLine();
        run("metrics", "--returns", dir).failsWithOneLine();
        run("metrics", "--returns", dir.resolve("none.csv")).failsWithOneLine();
    }

    @Test
    void optionMistakesExitTwo() throws IOException {
        Path r = file("r.csv", "date,return\n2024-01-02,0.01\n2024-01-03,-0.02\n");
        Path e = file("e.csv", "date,value\n2024-01-02,1\n2024-01-03,2\n");

        assertThat(run("metrics", "--returns", r, "--capital", "5")
                        .failsWithOneLine()
                        .err())
                .contains("--equity only");
        assertThat(run("metrics", "--equity", e, "--capital", "-5")
                        .failsWithOneLine()
                        .err())
                .contains("positive");
        run("metrics").failsCleanly();
        run("metrics", "--returns", r, "--equity", e).failsCleanly();
    }
}
