package com.oragami.engine.format.json;

import com.oragami.engine.format.Issues;
import com.oragami.engine.format.Limits;
import com.oragami.engine.format.Value;
import com.oragami.engine.format.Value.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads JSON text into {@link Value}s with Jackson's streaming parser, keeping each value's line
 * and column. Depth is counted before descending (so hostile nesting gives one {@code too-deep}
 * problem, never a stack overflow), and so are values. {@code NaN}/{@code Infinity} tokens are let
 * through the parser only to be reported as {@code non-finite-number}.
 */
public final class JsonValueReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_DEPTH + 10)
                    .maxDocumentLength(-1)
                    .build())
            .build();

    private final Issues issues;
    private final JsonParser parser;
    private int values;

    private JsonValueReader(Issues issues, JsonParser parser) {
        this.issues = issues;
        this.parser = parser;
    }

    /** The single JSON value of {@code text}, or empty after reporting why not. */
    public static Optional<Value> read(String text, Issues issues) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonValueReader reader = new JsonValueReader(issues, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                issues.error("empty-input", "the text is empty; expected a JSON value", 1, 1);
                return Optional.empty();
            }
            Value value = reader.value(first, 1);
            if (value == null) {
                return Optional.empty();
            }
            TokenStreamLocation end = parser.currentLocation();
            try {
                if (parser.nextToken() != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    issues.error(
                            "trailing-content",
                            "unexpected content after the end of the JSON value",
                            at.getLineNr(),
                            at.getColumnNr());
                    return Optional.empty();
                }
            } catch (JacksonException e) {
                TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : end;
                issues.error(
                        "trailing-content",
                        "unexpected content after the end of the JSON value",
                        at.getLineNr(),
                        at.getColumnNr());
                return Optional.empty();
            }
            return issues.hasErrors() ? Optional.empty() : Optional.of(value);
        } catch (UnexpectedEndOfInputException e) {
            TokenStreamLocation at = e.getLocation();
            issues.error(
                    "truncated",
                    "the JSON text ends too early (truncated file?)",
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
            return Optional.empty();
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            issues.error(
                    "invalid-json",
                    "not valid JSON: " + oneLine(e.getOriginalMessage()),
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
            return Optional.empty();
        }
    }

    /** The value starting at {@code token}; null after reporting a limit. */
    private Value value(JsonToken token, int depth) {
        Position at = position(parser.currentTokenLocation());
        if (++values > Limits.MAX_VALUES) {
            issues.error(
                    "too-many-values",
                    "the document has more than " + Limits.MAX_VALUES + " values",
                    at.line(),
                    at.column());
            return null;
        }
        switch (token) {
            case START_OBJECT -> {
                if (depth > Limits.MAX_DEPTH) {
                    return tooDeep(at);
                }
                Map<String, Value> entries = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    Value child = value(parser.nextToken(), depth + 1);
                    if (child == null) {
                        return null;
                    }
                    entries.put(key, child);
                }
                return new Value.Obj(entries, at);
            }
            case START_ARRAY -> {
                if (depth > Limits.MAX_DEPTH) {
                    return tooDeep(at);
                }
                List<Value> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    Value child = value(t, depth + 1);
                    if (child == null) {
                        return null;
                    }
                    items.add(child);
                }
                return new Value.Seq(Value.Seq.Kind.ARRAY, items, at);
            }
            case VALUE_STRING -> {
                return new Value.Str(parser.getString(), at);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String raw = parser.getText();
                double number = parser.isNaN() ? Double.NaN : parser.getDoubleValue();
                if (!Double.isFinite(number)) {
                    issues.error("non-finite-number", "numbers must be finite, got " + raw, at.line(), at.column());
                }
                return new Value.Num(number, raw, at);
            }
            case VALUE_TRUE -> {
                return new Value.Bool(true, at);
            }
            case VALUE_FALSE -> {
                return new Value.Bool(false, at);
            }
            case VALUE_NULL -> {
                return new Value.Null(at);
            }
            default -> {
                issues.error("invalid-json", "unexpected JSON token " + token, at.line(), at.column());
                return null;
            }
        }
    }

    private Value tooDeep(Position at) {
        issues.error(
                "too-deep",
                "maps and lists are nested more than " + Limits.MAX_DEPTH + " levels deep",
                at.line(),
                at.column());
        return null;
    }

    private static Position position(TokenStreamLocation location) {
        return new Position(location.getLineNr(), location.getColumnNr());
    }

    public static String oneLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline).strip();
        }
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }
}
