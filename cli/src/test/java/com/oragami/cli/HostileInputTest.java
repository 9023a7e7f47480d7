package com.oragami.cli;

import static com.oragami.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile symphony files through every command that reads one: exit 2, nothing on
 * stdout, one line on stderr that says what is wrong, no stack trace, within 2 s.
 */
class HostileInputTest {

    private static final int DEEP = 10_000;

    private static final String IF_HEAD =
            "{\"step\": \"root\", \"name\": \"n\", \"rebalance\": \"daily\", \"children\": [{"
                    + "\"step\": \"if\", \"children\": [{\"step\": \"if-child\", \"is-else-condition?\": false,"
                    + " \"lhs-val\": \"SPY\", \"comparator\": \"gt\", \"rhs-fixed-value?\": true, ";
    private static final String IF_TAIL = ", \"children\": [{\"step\": \"asset\", \"ticker\": \"SPY\"}]},"
            + " {\"step\": \"if-child\", \"is-else-condition?\": true,"
            + " \"children\": [{\"step\": \"asset\", \"ticker\": \"TLT\"}]}]}]}";

    /** name, file maker, a word the one line must contain. */
    static Stream<Arguments> inputs() {
        return Stream.of(
                input(
                        "truncated JSON",
                        dir -> write(dir, "t.json", "{\"step\": \"root\", \"children\": [{\"step\""),
                        "ends too early"),
                input(
                        "10 000-deep JSON",
                        dir -> write(
                                dir,
                                "deep.json",
                                "{\"step\": \"root\", \"name\": \"n\", \"children\": ["
                                        + "{\"step\": \"group\", \"name\": \"g\", \"children\": [".repeat(DEEP)
                                        + "]}".repeat(DEEP) + "]}"),
                        "nested more than"),
                input(
                        "10 000-deep EDN",
                        dir -> write(
                                dir,
                                "deep.edn",
                                "{:step :root :children [" + "{:step :group :children [".repeat(DEEP)
                                        + "]}".repeat(DEEP) + "]}"),
                        "nested more than"),
                input(
                        "10 000-deep defsymphony",
                        dir -> write(
                                dir,
                                "deep.clj",
                                "(defsymphony \"x\" {:rebalance-frequency :daily} " + "(group \"g\" [".repeat(DEEP)
                                        + "(asset \"SPY\")" + "])".repeat(DEEP) + ")"),
                        "nested more than"),
                input("50 MB file", HostileInputTest::fiftyMegabytes, "bytes"),
                input(
                        "wrong type",
                        dir -> write(
                                dir,
                                "w.json",
                                "{\"step\": \"root\", \"name\": \"n\", \"rebalance\": \"daily\","
                                        + " \"children\": \"SPY\"}"),
                        "must be a list"),
                input(
                        "NaN",
                        dir -> write(
                                dir,
                                "nan.json",
                                IF_HEAD + "\"lhs-fn\": \"relative-strength-index\","
                                        + " \"lhs-fn-params\": {\"window\": 10}, \"rhs-val\": NaN" + IF_TAIL),
                        "NaN"),
                input(
                        "negative window",
                        dir -> write(
                                dir,
                                "neg.json",
                                IF_HEAD + "\"lhs-fn\": \"relative-strength-index\","
                                        + " \"lhs-fn-params\": {\"window\": -10}, \"rhs-val\": \"50\"" + IF_TAIL),
                        "-10"),
                input(
                        "unknown function",
                        dir -> write(
                                dir,
                                "fn.json",
                                IF_HEAD + "\"lhs-fn\": \"bollinger-band\","
                                        + " \"lhs-fn-params\": {\"window\": 10}, \"rhs-val\": \"50\"" + IF_TAIL),
                        "bollinger-band"),
                input("binary garbage", HostileInputTest::garbage, "not UTF-8"),
                input("empty file", dir -> write(dir, "empty.json", ""), "empty"),
                input("missing file", dir -> dir.resolve("no-such-file.json"), "no-such-file.json"),
                input("a directory", dir -> dir, "cannot read"));
    }

    static Stream<Arguments> commandsAndInputs() {
        List<Arguments> inputs = inputs().toList();
        return Stream.of("validate", "convert", "evaluate", "backtest")
                .flatMap(
                        command -> inputs.stream().map(a -> Arguments.of(command, a.get()[0], a.get()[1], a.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("commandsAndInputs")
    void brokenFileGivesOneClearLineAndExitTwo(
            String command, String what, Function<Path, Path> maker, String word, @TempDir Path dir) {
        Path file = maker.apply(dir);
        String[] args = switch (command) {
            case "evaluate" -> new String[] {command, file.toString(), "--date", "2024-01-02"};
            default -> new String[] {command, file.toString()};
        };

        Cli.Result result = assertTimeout(Duration.ofSeconds(2), () -> run((Object[]) args));

        result.failsWithOneLine();
        assertThat(result.err()).as(what).contains(word);
    }

    private static Arguments input(String name, Function<Path, Path> maker, String word) {
        return Arguments.of(name, maker, word);
    }

    private static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path fiftyMegabytes(Path dir) {
        Path file = dir.resolve("big.json");
        byte[] chunk =
                "{\"step\": \"asset\", \"ticker\": \"SPY\"}, ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"step\": \"root\", \"name\": \"n\", \"rebalance\": \"daily\", \"children\": ["
                    .getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write("{\"step\": \"asset\", \"ticker\": \"SPY\"}]}".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private static Path garbage(Path dir) {
        byte[] bytes = new byte[100_000];
        new Random(42).nextBytes(bytes);
        bytes[0] = (byte) 0xC3; // an invalid UTF-8 start: lead byte followed by a non-continuation byte
        bytes[1] = (byte) 0x28;
        try {
            return Files.write(dir.resolve("garbage.bin"), bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
