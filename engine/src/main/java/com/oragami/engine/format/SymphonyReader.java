package com.oragami.engine.format;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.format.edn.DefsymphonyBuilder;
import com.oragami.engine.format.edn.EdnReader;
import com.oragami.engine.format.json.JsonValueReader;
import com.oragami.engine.format.json.ScoreTreeBuilder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a symphony from text in any supported {@link Format}, sniffing which one from the first
 * significant characters (after whitespace, a byte-order mark and {@code ;} comments):
 *
 * <ul>
 *   <li>{@code {"} or {@code {} followed by anything but a keyword → Composer JSON score, bare,
 *       as {@code {"raw_value": root}} or inside a backtest request {@code {"symphony":
 *       {"raw_value": root}, …}};
 *   <li>{@code {:} → EDN map (bare root or a request with {@code :symphony});
 *   <li>{@code "} → a JSON string literal holding EDN (or defsymphony) text: decoded first, then
 *       read; line:column then refer to the decoded text, which the location's source says;
 *   <li>{@code (defsymphony} → defsymphony text.
 * </ul>
 *
 * Never throws on bad input: every problem comes back in the {@link Parsed}, with {@link Limits}
 * enforced.
 */
public final class SymphonyReader {

    private SymphonyReader() {}

    /** Reads a file, refusing one over {@link Limits#MAX_BYTES} by its size before reading it. */
    public static Parsed<SymphonyDocument> read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_BYTES) {
                return failed("file-too-large", tooLarge(size), Location.of(name, 0, 0));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > Limits.MAX_BYTES) {
                return failed("file-too-large", tooLarge(bytes.length), Location.of(name, 0, 0));
            }
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                return failed(
                        "binary-input",
                        "the file is not UTF-8 text; expected a JSON, EDN or defsymphony text",
                        Location.of(name, 0, 0));
            }
            return read(name, text);
        } catch (IOException | SecurityException e) {
            return failed(
                    "unreadable-file",
                    "cannot read the file: " + JsonValueReader.oneLine(String.valueOf(e.getMessage())),
                    Location.of(name, 0, 0));
        }
    }

    /** Reads a text whose format is sniffed; {@code sourceName} labels locations. */
    public static Parsed<SymphonyDocument> read(String sourceName, String text) {
        if (text.length() > Limits.MAX_BYTES) {
            return failed("file-too-large", tooLarge(text.length()), Location.of(sourceName, 0, 0));
        }
        Problem binary = binary(sourceName, text);
        if (binary != null) {
            return Parsed.failed(binary);
        }
        return readText(sourceName, text, true);
    }

    private static Parsed<SymphonyDocument> readText(String sourceName, String text, boolean allowString) {
        int start = firstSignificant(text);
        if (start >= text.length()) {
            return failed(
                    "empty-input",
                    "the text is empty; expected a JSON score, an EDN map or (defsymphony …)",
                    Location.of(sourceName, 1, 1));
        }
        char first = text.charAt(start);
        if (first == '{') {
            int next = skipWhitespace(text, start + 1);
            boolean edn = next < text.length() && text.charAt(next) == ':';
            return edn ? readEdn(sourceName, text) : readJson(sourceName, text);
        }
        if (first == '"' && allowString) {
            return readJsonString(sourceName, text);
        }
        if (first == '(' && text.startsWith("defsymphony", skipWhitespace(text, start + 1))) {
            return readDefsymphony(sourceName, text);
        }
        int[] lineColumn = lineColumn(text, start);
        return failed(
                "unknown-format",
                "not a symphony: expected a JSON score ({), an EDN map ({:), a JSON string holding EDN (\") or"
                        + " (defsymphony …), found " + Coercions.quoted(String.valueOf(first)),
                Location.of(sourceName, lineColumn[0], lineColumn[1]));
    }

    private static Parsed<SymphonyDocument> readJson(String sourceName, String text) {
        Issues issues = new Issues(sourceName);
        Optional<Value> value = JsonValueReader.read(text, issues);
        return value.isPresent() ? document(value.get(), Format.JSON, issues) : Parsed.failed(issues.problems());
    }

    private static Parsed<SymphonyDocument> readEdn(String sourceName, String text) {
        Issues issues = new Issues(sourceName);
        Optional<Value> value = EdnReader.readOne(text, issues);
        return value.isPresent() ? document(value.get(), Format.EDN, issues) : Parsed.failed(issues.problems());
    }

    private static Parsed<SymphonyDocument> readDefsymphony(String sourceName, String text) {
        Issues issues = new Issues(sourceName);
        Optional<Value> value = EdnReader.readOne(text, issues);
        if (value.isEmpty()) {
            return Parsed.failed(issues.problems());
        }
        Optional<ScoreTreeBuilder.Built> built = DefsymphonyBuilder.build(value.get(), issues);
        if (built.isEmpty() || issues.hasErrors()) {
            return Parsed.failed(issues.problems());
        }
        return Parsed.from(
                new SymphonyDocument(
                        built.get().symphony(),
                        Format.DEFSYMPHONY,
                        false,
                        Optional.empty(),
                        built.get().sourceMap()),
                issues.problems());
    }

    /** A file that is one JSON string literal: decode it, then read the EDN text it holds. */
    private static Parsed<SymphonyDocument> readJsonString(String sourceName, String text) {
        Issues issues = new Issues(sourceName);
        Optional<Value> value = JsonValueReader.read(text, issues);
        if (value.isEmpty()) {
            return Parsed.failed(issues.problems());
        }
        String inner = ((Value.Str) value.get()).text();
        return readText(sourceName + " (decoded JSON string)", inner, false);
    }

    /** Finds the root in a bare score, a {@code {raw_value}} or a backtest request, and builds it. */
    private static Parsed<SymphonyDocument> document(Value top, Format format, Issues issues) {
        if (!(top instanceof Value.Obj obj)) {
            issues.error("missing-root", "expected a map holding a symphony, got " + top.describe(), top.at(), "");
            return Parsed.failed(issues.problems());
        }
        Value.Obj root = null;
        Optional<BacktestRequest> request = Optional.empty();
        if (obj.has("step")) {
            root = obj;
        } else if (obj.get("symphony").orElse(null) instanceof Value.Obj symphony) {
            root = rawValue(symphony).orElse(symphony);
            request = Optional.of(new RequestReader(issues).read(obj));
        } else {
            root = rawValue(obj).orElse(null);
        }
        if (root == null) {
            issues.error(
                    "missing-root",
                    "no symphony found: expected a root node (step root), {raw_value: root} or a backtest request"
                            + " with symphony",
                    obj.at(),
                    "");
            return Parsed.failed(issues.problems());
        }
        Optional<ScoreTreeBuilder.Built> built = ScoreTreeBuilder.build(root, issues);
        if (built.isEmpty() || issues.hasErrors()) {
            return Parsed.failed(issues.problems());
        }
        return Parsed.from(
                new SymphonyDocument(
                        built.get().symphony(),
                        format,
                        request.isPresent(),
                        request,
                        built.get().sourceMap()),
                issues.problems());
    }

    private static Optional<Value.Obj> rawValue(Value.Obj holder) {
        return holder.get("raw_value").filter(Value.Obj.class::isInstance).map(Value.Obj.class::cast);
    }

    /** A problem if the text holds control characters no symphony text has (a binary file). */
    private static Problem binary(String sourceName, String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f') || c == '\uFFFD') {
                return Problem.error(
                        "binary-input",
                        String.format(
                                "the text looks binary (character U+%04X); expected a JSON, EDN or defsymphony text",
                                (int) c),
                        Location.of(sourceName, line, column));
            }
            column++;
        }
        return null;
    }

    private static int firstSignificant(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == ';') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int[] lineColumn(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String tooLarge(long size) {
        return "the file has " + size + " bytes; at most " + Limits.MAX_BYTES + " (32 MiB) are read";
    }

    private static Parsed<SymphonyDocument> failed(String code, String message, Location where) {
        return Parsed.failed(List.of(Problem.error(code, message, where)));
    }
}
