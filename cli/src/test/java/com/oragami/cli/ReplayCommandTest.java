package com.oragami.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Oragami.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path symphony(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.writeString(path, text);
        return path;
    }

    private static double maxDifference(String json) {
        Matcher m =
                Pattern.compile("\"max_difference_vs_backtest\": ([0-9.eE-]+)").matcher(json);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void replaysTwoSymphoniesAndAgreesWithTheirBacktests() throws IOException {
        Path even = symphony(
                "even.clj",
                "(defsymphony \"Even\" {:rebalance-frequency :daily} (weight-equal [(asset \"SPY\") (asset \"TLT\")]))");
        Path spy = symphony(
                "spy.clj",
                "(defsymphony \"All SPY\" {:rebalance-frequency :monthly} (weight-equal [(asset \"SPY\")]))");

        int code = run(
                "replay",
                "--from",
                "2024-01-02",
                "--to",
                "2024-03-28",
                "--slippage-bps",
                "0",
                "--exact",
                even.toString(),
                spy.toString());

        String json = out.toString();
        assertThat(code).as(err.toString()).isZero();
        assertThat(json).contains("\"file\": \"" + even + "\"", "\"file\": \"" + spy + "\"");
        assertThat(json).contains("{\"date\": \"2024-01-02\", \"value\": 10000}");
        // Jan 2 – Mar 28 2024: 21 + 20 + 20 = 61 sessions (no MLK or Presidents Day), per symphony
        assertThat(json.split("\"date\"", -1)).hasSize(2 * 61 + 1);
        // shares to 9 decimals and cash to 6 against the backtest's doubles
        assertThat(maxDifference(json)).isLessThan(1e-8);
    }

    @Test
    void reversedDatesExitTwo() throws IOException {
        Path spy = symphony("spy.clj", "(defsymphony \"S\" {} (weight-equal [(asset \"SPY\")]))");

        int code = run("replay", "--from", "2024-03-01", "--to", "2024-02-01", spy.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--from 2024-03-01 is after --to 2024-02-01");
    }
}
