package com.oragami.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ReadingProblemsTest {

    private static final String ASSET_PATH = "root > wt-cash-equal[0] > asset[0]";

    /** The line-3 node of a three-level tree; its "{" is at line 3, column 5. */
    private static String withNode(String node) {
        return "{\"step\": \"root\", \"id\": \"r\", \"rebalance\": \"daily\", \"children\": [\n"
                + "  {\"step\": \"wt-cash-equal\", \"id\": \"w\", \"children\": [\n"
                + "    " + node + "\n"
                + "  ]}\n"
                + "]}\n";
    }

    private static Problem onlyError(String text) {
        Parsed<SymphonyDocument> parsed = SymphonyReader.read("t.json", text);
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.errors()).hasSize(1);
        return parsed.errors().get(0);
    }

    @Test
    void reportsUnknownStepAtItsValue() {
        // {"step": "wat"...: the value "wat" starts at column 5 + 9 = 14
        Problem problem = onlyError(withNode("{\"step\": \"wat\", \"id\": \"b\"}"));

        assertThat(problem.code()).isEqualTo("unknown-step");
        assertThat(problem.where()).isEqualTo(new Location("t.json", 3, 14, "root > wt-cash-equal[0] > wat[0]"));
        assertThat(problem.message()).startsWith("unknown step \"wat\"");
    }

    @Test
    void reportsMalformedTickerWithLineColumnAndPath() {
        // 4 spaces, then {"step": "asset", "id": "b", "ticker": "$$$"}: "$$$" starts at column 44
        Problem problem = onlyError(withNode("{\"step\": \"asset\", \"id\": \"b\", \"ticker\": \"$$$\"}"));

        assertThat(problem.code()).isEqualTo("malformed-ticker");
        assertThat(problem.where()).isEqualTo(new Location("t.json", 3, 44, ASSET_PATH));
    }

    @Test
    void reportsMissingTickerAtTheNode() {
        Problem problem = onlyError(withNode("{\"step\": \"asset\", \"id\": \"b\"}"));

        assertThat(problem.code()).isEqualTo("missing-field");
        assertThat(problem.message()).isEqualTo("an asset needs \"ticker\"");
        assertThat(problem.where()).isEqualTo(new Location("t.json", 3, 5, ASSET_PATH));
    }

    @Test
    void reportsWindowThatIsNotAWholeNumber() {
        Problem problem =
                onlyError(withNode("{\"step\": \"wt-inverse-vol\", \"id\": \"v\", \"window-days\": \"ten\"}"));

        assertThat(problem.code()).isEqualTo("wrong-type");
        assertThat(problem.message()).isEqualTo("window-days must be a whole number, got \"ten\"");
        // "ten" starts at column 5 + 53 = 58
        assertThat(problem.where())
                .isEqualTo(new Location("t.json", 3, 58, "root > wt-cash-equal[0] > wt-inverse-vol[0]"));
    }

    @Test
    void reportsConditionWindowOfTenAsText() {
        Problem problem = onlyError(
                withNode(
                        JsonScoreReadingTest.ifWith(
                                "\"lhs-fn\": \"relative-strength-index\","
                                        + " \"lhs-fn-params\": {\"window\": \"ten\"}, \"lhs-val\": \"SPY\", \"comparator\": \"gt\", \"rhs-val\": 1")));

        assertThat(problem.message()).isEqualTo("window must be a whole number, got \"ten\"");
        assertThat(problem.where().nodePath()).isEqualTo("root > wt-cash-equal[0] > if[0] > if-child[0]");
    }

    @Test
    void reportsUnknownAndUnsupportedFunctions() {
        Problem unknown = onlyError(withNode("{\"step\": \"filter\", \"id\": \"f\", \"sort-by-fn\": \"vibes\","
                + " \"select-fn\": \"top\", \"select-n\": 1}"));
        Problem unsupported =
                onlyError(withNode("{\"step\": \"filter\", \"id\": \"f\", \"sort-by-fn\": \"lower-bollinger\","
                        + " \"sort-by-window-days\": 5, \"select-fn\": \"top\", \"select-n\": 1}"));

        assertThat(unknown.code()).isEqualTo("unknown-function");
        assertThat(unknown.where().nodePath()).isEqualTo("root > wt-cash-equal[0] > filter[0]");
        assertThat(unsupported.code()).isEqualTo("unsupported-function");
        assertThat(unsupported.message()).contains("lower-bollinger is not supported");
    }

    @Test
    void reportsUnknownComparator() {
        Problem problem = onlyError(withNode(JsonScoreReadingTest.ifWith(
                "\"lhs-fn\": \"current-price\", \"lhs-val\": \"SPY\", \"comparator\": \"approx\", \"rhs-val\": 1")));

        assertThat(problem.code()).isEqualTo("unknown-comparator");
        assertThat(problem.where().line()).isEqualTo(3);
    }

    @Test
    void reportsUnknownRebalance() {
        Problem problem = onlyError("{\"step\": \"root\", \"id\": \"r\", \"rebalance\": \"hourly\", \"children\": []}");

        // "hourly" after {"step": "root", "id": "r", "rebalance": → column 42
        assertThat(problem.code()).isEqualTo("unknown-rebalance");
        assertThat(problem.where()).isEqualTo(new Location("t.json", 1, 42, "root"));
    }

    @Test
    void reportsIfWithoutConditionalBranch() {
        Problem problem = onlyError(withNode("{\"step\": \"if\", \"id\": \"i\", \"children\": [{\"step\": \"if-child\","
                + " \"id\": \"e\", \"is-else-condition?\": true, \"children\": []}]}"));

        assertThat(problem.code()).isEqualTo("if-without-condition");
        assertThat(problem.where()).isEqualTo(new Location("t.json", 3, 5, "root > wt-cash-equal[0] > if[0]"));
    }

    @Test
    void findsEveryProblemInOnePass() {
        Parsed<SymphonyDocument> parsed = SymphonyReader.read(
                "t.json",
                withNode("{\"step\": \"asset\", \"id\": \"b\", \"ticker\": \"$$$\"}, {\"step\": \"nope\"},"
                        + " {\"step\": \"filter\", \"select-fn\": \"middle\", \"select-n\": 1, \"sort-by-fn\":"
                        + " \"current-price\"}"));

        assertThat(parsed.errors())
                .extracting(Problem::code)
                .containsExactly("malformed-ticker", "unknown-step", "unknown-selection");
    }

    @Test
    void reportsTruncatedJson() {
        Problem problem = onlyError("{\"step\": \"root\", \"children\": [");

        assertThat(problem.code()).isEqualTo("truncated");
        assertThat(problem.where().line()).isEqualTo(1);
    }

    @Test
    void reportsNotANumber() {
        Problem problem = onlyError(withNode("{\"step\": \"wt-inverse-vol\", \"id\": \"v\", \"window-days\": NaN}"));

        assertThat(problem.code()).isEqualTo("non-finite-number");
        assertThat(problem.where().line()).isEqualTo(3);
    }

    @Test
    void reportsNumericStringInfinityAsWrongType() {
        Problem problem =
                onlyError(withNode("{\"step\": \"wt-inverse-vol\", \"id\": \"v\", \"window-days\": \"Infinity\"}"));

        assertThat(problem.code()).isEqualTo("wrong-type");
    }

    @Test
    void reportsTrailingGarbage() {
        Problem problem = onlyError(JsonScoreReadingTest.root("") + "\n} extra");

        assertThat(problem.code()).isEqualTo("trailing-content");
        assertThat(problem.where().line()).isEqualTo(2);
    }

    @Test
    void reportsBinaryGarbage() {
        Problem problem = onlyError("{\u0000\u0001\u0002\u00ff");

        assertThat(problem.code()).isEqualTo("binary-input");
        assertThat(problem.where()).isEqualTo(Location.of("t.json", 1, 2));
    }

    @Test
    void reportsBinaryFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("garbage.bin");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28});

        Parsed<SymphonyDocument> parsed = SymphonyReader.read(file);

        assertThat(parsed.errors()).extracting(Problem::code).containsExactly("binary-input");
    }

    @Test
    void reportsUnknownFormatAndEmptyText() {
        assertThat(onlyError("  hello").code()).isEqualTo("unknown-format");
        assertThat(onlyError("  hello").where()).isEqualTo(Location.of("t.json", 1, 3));
        assertThat(onlyError("  \n ").code()).isEqualTo("empty-input");
        assertThat(onlyError("(weight-equal [])").code()).isEqualTo("unknown-format");
    }

    @Test
    void reportsDocumentWithoutRoot() {
        assertThat(onlyError("{\"children\": []}").code()).isEqualTo("missing-root");
        assertThat(onlyError("{\"step\": \"asset\"}").code()).isEqualTo("missing-root");
        assertThat(onlyError("[1, 2]").code()).isEqualTo("unknown-format");
    }

    @Test
    void reportsInvalidJsonSyntax() {
        Problem problem = onlyError("{\"step\": root}");

        assertThat(problem.code()).isEqualTo("invalid-json");
        assertThat(problem.where().line()).isEqualTo(1);
        assertThat(problem.message()).doesNotContain("\n");
    }

    @Test
    @Timeout(10) // a hang guard, not a speed measurement
    void refusesTenThousandDeepJsonWithOneError() {
        String text = "[".repeat(10_000) + "]".repeat(10_000);

        Problem problem = onlyError("{\"step\": \"root\", \"children\": " + text + "}");

        assertThat(problem.code()).isEqualTo("too-deep");
    }

    @Test
    @Timeout(10)
    void refusesTenThousandDeepEdnWithOneError() {
        String text = "{:step :root :children " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThat(onlyError(text).code()).isEqualTo("too-deep");
    }

    @Test
    @Timeout(10)
    void refusesTenThousandDeepDefsymphonyWithOneError() {
        String text = "(defsymphony \"x\" {} " + "(weight-equal [".repeat(10_000) + "]) ".repeat(10_000) + ")";

        assertThat(onlyError(text).code()).isEqualTo("too-deep");
    }

    @Test
    @Timeout(10)
    void refusesFiftyMegabyteFileByItsSize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(50_000_000);
        }

        Parsed<SymphonyDocument> parsed = SymphonyReader.read(file);

        assertThat(parsed.errors()).extracting(Problem::code).containsExactly("file-too-large");
        assertThat(parsed.errors().get(0).message()).contains("50000000 bytes");
    }

    @Test
    @Timeout(10)
    void refusesOversizedText() {
        String text = " ".repeat((int) Limits.MAX_BYTES + 1);

        assertThat(onlyError(text).code()).isEqualTo("file-too-large");
    }

    @Test
    @Timeout(20)
    void refusesMoreThanTheNodeLimit() {
        StringBuilder children = new StringBuilder();
        for (int i = 0; i < Limits.MAX_NODES; i++) {
            children.append(i == 0 ? "" : ",").append("{\"step\":\"asset\",\"ticker\":\"SPY\"}");
        }

        Problem problem =
                onlyError(JsonScoreReadingTest.root("{\"step\":\"wt-cash-equal\",\"children\":[" + children + "]}"));

        // root + wt-cash-equal + 100 000 assets = 100 002 nodes > 100 000
        assertThat(problem.code()).isEqualTo("too-many-nodes");
    }

    @Test
    void readsFileFromPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, JsonScoreReadingTest.root(""), StandardCharsets.UTF_8);

        Parsed<SymphonyDocument> parsed = SymphonyReader.read(file);

        assertThat(parsed.get().sourceMap().source()).isEqualTo("s.json");
    }

    @Test
    void reportsMissingFile(@TempDir Path dir) {
        Parsed<SymphonyDocument> parsed = SymphonyReader.read(dir.resolve("absent.json"));

        assertThat(parsed.errors()).extracting(Problem::code).containsExactly("unreadable-file");
    }
}
