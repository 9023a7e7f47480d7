package com.oragami.cli;

import static com.oragami.cli.Cli.CONFORMANCE;
import static com.oragami.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

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

class IndicatorCommandTest {

    private static final String AS_OF = "2022-10-24";

    /** Every reproducible expected value of the conformance vector, with the CLI arguments that compute it. */
    static Stream<Arguments> conformance() throws IOException {
        Map<String, Object> vector = JsonTree.object(Files.readString(CONFORMANCE));
        Map<String, Object> expected = JsonTree.map(vector.get("expected"));
        assertThat(expected).hasSize(8);
        return Stream.of(
                        Arguments.of("relative-strength-index window 7", "relative-strength-index", "7"),
                        Arguments.of("relative-strength-index window 10", "rsi", "10"),
                        Arguments.of(
                                "standard-deviation-return window 20 (fraction, Composer feature value)",
                                "standard-deviation-return",
                                "20"),
                        Arguments.of("moving-average-price window 200", "moving-average-price", "200"),
                        Arguments.of(
                                "cumulative-return window 2 (fraction, Composer feature value)",
                                "cumulative-return",
                                "2"),
                        Arguments.of("daily return (fraction)", "cumulative-return", "1"),
                        Arguments.of(
                                "moving-average-return window 210 (fraction, Composer feature value)",
                                "moving-average-return",
                                "210"),
                        Arguments.of("current-price", "current-price", ""))
                .map(a -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], expected.get((String) a.get()[0])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conformance")
    void conformanceVectorThroughTheCli(String name, String function, String window, Double expected) {
        Cli.Result result = window.isEmpty()
                ? run("indicator", "SPY", function, "--date", AS_OF, "--prices", CONFORMANCE)
                : run("indicator", "SPY", function, window, "--date", AS_OF, "--prices", CONFORMANCE);

        result.succeeds();
        assertThat(result.out().lines()).hasSize(1);
        double value = Double.parseDouble(result.out().strip());
        if (name.startsWith("relative-strength-index")) {
            assertThat(value).isCloseTo(expected, within(2e-4));
        } else {
            assertThat(value).isCloseTo(expected, withinPercentage(1e-3)); // rel 1e-5 = 0.001 %
        }
    }

    @Test
    void dateCloseCsvGivesTheHandComputedValues(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(
                dir.resolve("x.csv"), "date,close\n2024-01-02,100\n2024-01-03,110\n2024-01-04,99\n2024-01-05,108.9\n");

        // SMA(3) on 01-05 = (110 + 99 + 108.9) / 3 = 105.9666...
        assertThat(value(run("indicator", "XYZ", "moving-average-price", "3", "--date", "2024-01-05", "--prices", csv)))
                .isCloseTo(317.9 / 3, within(1e-12));
        // cumulative return 3 days = 108.9 / 100 - 1 = 0.089
        assertThat(value(run("indicator", "XYZ", "cumulative-return", "3", "--date", "2024-01-05", "--prices", csv)))
                .isCloseTo(0.089, within(1e-12));
        // max drawdown over 3 days: peak 110 -> 99 = 0.1
        assertThat(value(run("indicator", "XYZ", "max-drawdown", "3", "--date", "2024-01-05", "--prices", csv)))
                .isCloseTo(0.1, within(1e-12));
        assertThat(value(run("indicator", "XYZ", "current-price", "--date", "2024-01-03", "--prices", csv)))
                .isEqualTo(110.0);
    }

    @Test
    void bundledCurrentPriceIsTheBundledAdjustedClose() {
        // engine/src/main/resources bundled adjclose, SPY 2024-01-02 = 458.80923 (marketdata/adjclose/SPY.csv)
        assertThat(value(run("indicator", "SPY", "current-price", "--date", "2024-01-02")))
                .isEqualTo(458.80923);
    }

    @Test
    void bundledTwoDayReturnIsTheRatioOfBundledCloses() {
        double c0 = value(run("indicator", "SPY", "current-price", "--date", "2024-01-02"));
        double c2 = value(run("indicator", "SPY", "current-price", "--date", "2024-01-04"));

        assertThat(value(run("indicator", "SPY", "cumulative-return", "2", "--date", "2024-01-04")))
                .isCloseTo(c2 / c0 - 1, within(1e-15));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(new String[] {"SPY", "bollinger", "10"}, "unknown function \"bollinger\""),
                Arguments.of(new String[] {"SPY", "moving-average-convergence-divergence", "10"}, "not supported"),
                Arguments.of(new String[] {"SPY", "rsi"}, "needs a WINDOW"),
                Arguments.of(new String[] {"SPY", "rsi", "0"}, "WINDOW must be a whole number >= 1, got 0"),
                Arguments.of(new String[] {"SPY", "rsi", "-3"}, "got -3"),
                Arguments.of(new String[] {"SPY", "rsi", "ten"}, "'ten'"),
                Arguments.of(new String[] {"SPY", "rsi", "10", "--date", "2022-10-22"}, "2022-10-21"),
                Arguments.of(new String[] {"SPY", "rsi", "10", "--date", "2020-01-02"}, "start on 2021-03-01"),
                Arguments.of(new String[] {"SPY", "rsi", "10", "--date", "2021-03-05"}, "needs 11 closes, there are 5"),
                Arguments.of(
                        new String[] {"SPY", "moving-average-price", "200", "--date", "2021-06-01"},
                        "needs 200 closes"),
                Arguments.of(new String[] {"SPY", "rsi", "10", "--date", "2022-02-30"}, "2022-02-30"),
                Arguments.of(new String[] {"SP Y", "rsi", "10"}, "not a ticker"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void badRequestsExitTwoWithOneLine(String[] args, String message) {
        String[] full = Stream.concat(
                        Stream.concat(Stream.of("indicator"), Stream.of(args)),
                        Stream.of(args).anyMatch("--date"::equals)
                                ? Stream.of("--prices", CONFORMANCE.toString())
                                : Stream.of("--date", AS_OF, "--prices", CONFORMANCE.toString()))
                .toArray(String[]::new);

        Cli.Result result = run((Object[]) full);

        result.failsCleanly();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(message);
    }

    @Test
    void bundledDataBeforeHistoryAndUnknownTickerExitTwo() {
        run("indicator", "SPY", "current-price", "--date", "1990-01-02")
                .failsWithOneLine()
                .err()
                .contains("1993-01-29");
        Cli.Result unknown = run("indicator", "ZZZZ", "current-price", "--date", "2024-01-02")
                .failsWithOneLine();
        assertThat(unknown.err()).contains("no price data for ZZZZ");
    }

    @Test
    void brokenPricesFileExitsTwo(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("p.json"), "{\"closes\": [[\"2024-01-02\", ");
        Path csv = Files.writeString(dir.resolve("p.csv"), "date,close\n2024-01-02,abc\n");

        run("indicator", "SPY", "current-price", "--date", "2024-01-02", "--prices", json)
                .failsCleanly();
        run("indicator", "SPY", "current-price", "--date", "2024-01-02", "--prices", csv)
                .failsCleanly();
        run("indicator", "SPY", "current-price", "--date", "2024-01-02", "--prices", dir.resolve("none.csv"))
                .failsCleanly();
    }

    private static double value(Cli.Result result) {
        result.succeeds();
        return Double.parseDouble(result.out().strip());
    }
}
