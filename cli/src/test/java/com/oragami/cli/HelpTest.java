package com.oragami.cli;

import static com.oragami.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

    @Test
    void rootHelpListsEveryCommand() {
        Cli.Result result = run("--help").succeeds();

        assertThat(result.out())
                .startsWith("Usage: oragami")
                .contains("validate", "convert", "indicator", "evaluate", "backtest", "metrics");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "convert", "indicator", "evaluate", "backtest", "metrics"})
    void everyCommandHasHelpWithoutWarnings(String command) {
        // picocli reports help texts it cannot format (an unescaped %) on System.err
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Cli.Result result;
        Cli.Result viaHelp;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            result = run(command, "--help");
            viaHelp = run("help", command);
        } finally {
            System.setErr(original);
        }

        result.succeeds();
        viaHelp.succeeds();
        assertThat(result.out()).startsWith("Usage: oragami " + command);
        assertThat(viaHelp.out()).isEqualTo(result.out());
        assertThat(result.err()).isEmpty();
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void noCommandAndUnknownCommandAreUsageErrors() {
        assertThat(run().failsCleanly().err()).contains("missing command");
        assertThat(run("frob").failsCleanly().err()).contains("frob");
    }

    @Test
    void versionPrintsTheVersion() {
        assertThat(run("--version").succeeds().out()).contains("oragami 0.1.0");
    }
}
