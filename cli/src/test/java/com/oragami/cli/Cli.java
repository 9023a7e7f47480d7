package com.oragami.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs {@link Oragami#execute} in-process and captures both streams. */
final class Cli {

    static final Path REAL = Path.of("../engine/src/test/resources/symphonies/real");
    static final Path CONFORMANCE =
            Path.of("../engine/src/test/resources/conformance/spy-2022-10-24-indicator-check.derived.json");
    static final Path TQQQ = REAL.resolve("tqqq-for-the-long-term-original.edn");
    static final Path KITCHEN_SINK = REAL.resolve("planet-of-hunted-cascades-kitchen-sink.json");

    private Cli() {}

    record Result(int exit, String out, String err) {

        /** Lines of stderr, without the trailing empty one. */
        String[] errLines() {
            return err.isEmpty() ? new String[0] : err.split("\\R");
        }

        /** Exit 2, nothing on stdout, exactly one line on stderr and no trace of a Java exception. */
        Result failsWithOneLine() {
            assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(2);
            assertThat(out).as("stdout").isEmpty();
            assertThat(errLines()).as("stderr lines: %s", err).hasSize(1);
            assertThat(err).as("stderr").doesNotContain("Exception").doesNotContain("\tat ");
            return this;
        }

        /** Exit 2 with no stack trace and no exception name. */
        Result failsCleanly() {
            assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(2);
            assertThat(err)
                    .as("stderr")
                    .isNotEmpty()
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            return this;
        }

        Result succeeds() {
            assertThat(exit).as("exit code; stderr: %s", err).isZero();
            return this;
        }
    }

    static Result run(Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out, true);
                PrintWriter e = new PrintWriter(err, true)) {
            exit = Oragami.execute(strings, o, e);
        }
        return new Result(exit, out.toString(), err.toString());
    }
}
