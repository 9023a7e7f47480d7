package com.oragami.engine.format.edn;

import com.oragami.engine.format.Issues;
import com.oragami.engine.format.Limits;
import com.oragami.engine.format.Value;
import com.oragami.engine.format.Value.Position;
import com.oragami.engine.format.edn.EdnLexer.Kind;
import com.oragami.engine.format.edn.EdnLexer.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads EDN text into {@link Value}s: maps (keys become text, keywords lose their colon), vectors,
 * lists, strings, numbers, keywords, symbols, {@code nil}/{@code true}/{@code false}. Nesting is
 * counted before descending, so hostile depth gives one {@code too-deep} problem.
 */
public final class EdnReader {

    private final EdnLexer lexer;
    private final Issues issues;
    private int values;

    private EdnReader(String text, Issues issues) {
        this.lexer = new EdnLexer(text, issues);
        this.issues = issues;
    }

    /** The single form of {@code text}; more forms after it are {@code trailing-content}. */
    public static Optional<Value> readOne(String text, Issues issues) {
        EdnReader reader = new EdnReader(text, issues);
        Token first = reader.lexer.next();
        if (first.kind() == Kind.END) {
            issues.error("empty-input", "the text is empty; expected an EDN form", 1, 1);
            return Optional.empty();
        }
        Value value = reader.form(first, 1);
        if (value == null) {
            return Optional.empty();
        }
        Token after = reader.lexer.next();
        if (after.kind() != Kind.END) {
            if (after.kind() != Kind.ERROR) {
                issues.error(
                        "trailing-content",
                        "unexpected content after the end of the first form",
                        after.at().line(),
                        after.at().column());
            }
            return Optional.empty();
        }
        return issues.hasErrors() ? Optional.empty() : Optional.of(value);
    }

    private Value form(Token token, int depth) {
        Position at = token.at();
        if (++values > Limits.MAX_VALUES) {
            issues.error(
                    "too-many-values",
                    "the document has more than " + Limits.MAX_VALUES + " values",
                    at.line(),
                    at.column());
            return null;
        }
        switch (token.kind()) {
            case OPEN_MAP, OPEN_VECTOR, OPEN_LIST -> {
                if (depth > Limits.MAX_DEPTH) {
                    issues.error(
                            "too-deep",
                            "maps and lists are nested more than " + Limits.MAX_DEPTH + " levels deep",
                            at.line(),
                            at.column());
                    return null;
                }
                return collection(token, depth);
            }
            case STRING -> {
                return new Value.Str(token.text(), at);
            }
            case NUMBER -> {
                double number = Double.parseDouble(token.text());
                if (!Double.isFinite(number)) {
                    issues.error(
                            "non-finite-number", "numbers must be finite, got " + token.text(), at.line(), at.column());
                    return null;
                }
                return new Value.Num(number, token.text(), at);
            }
            case KEYWORD -> {
                return new Value.Keyword(token.text(), at);
            }
            case SYMBOL -> {
                return switch (token.text()) {
                    case "nil" -> new Value.Null(at);
                    case "true" -> new Value.Bool(true, at);
                    case "false" -> new Value.Bool(false, at);
                    default -> new Value.Symbol(token.text(), at);
                };
            }
            case END -> {
                issues.error("truncated", "the text ends too early (truncated file?)", at.line(), at.column());
                return null;
            }
            case ERROR -> {
                return null;
            }
            default -> {
                issues.error("syntax-error", "unexpected '" + token.text() + "'", at.line(), at.column());
                return null;
            }
        }
    }

    private Value collection(Token open, int depth) {
        Kind close = open.kind() == Kind.OPEN_MAP
                ? Kind.CLOSE_MAP
                : open.kind() == Kind.OPEN_VECTOR ? Kind.CLOSE_VECTOR : Kind.CLOSE_LIST;
        List<Value> items = new ArrayList<>();
        for (Token token = lexer.next(); token.kind() != close; token = lexer.next()) {
            if (token.kind() == Kind.END) {
                issues.error(
                        "truncated",
                        "the text ends inside the " + name(open.kind()) + " opened at "
                                + open.at().line() + ":" + open.at().column() + " (truncated file?)",
                        token.at().line(),
                        token.at().column());
                return null;
            }
            if (token.kind() == Kind.CLOSE_MAP
                    || token.kind() == Kind.CLOSE_VECTOR
                    || token.kind() == Kind.CLOSE_LIST) {
                issues.error(
                        "syntax-error",
                        "unexpected '" + token.text() + "' closing the " + name(open.kind()) + " opened at "
                                + open.at().line() + ":" + open.at().column(),
                        token.at().line(),
                        token.at().column());
                return null;
            }
            Value item = form(token, depth + 1);
            if (item == null) {
                return null;
            }
            items.add(item);
        }
        if (open.kind() == Kind.OPEN_VECTOR) {
            return new Value.Seq(Value.Seq.Kind.VECTOR, items, open.at());
        }
        if (open.kind() == Kind.OPEN_LIST) {
            return new Value.Seq(Value.Seq.Kind.LIST, items, open.at());
        }
        if (items.size() % 2 != 0) {
            issues.error(
                    "syntax-error",
                    "a map needs an even number of forms (key value pairs), got " + items.size(),
                    open.at().line(),
                    open.at().column());
            return null;
        }
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i += 2) {
            entries.put(key(items.get(i)), items.get(i + 1));
        }
        return new Value.Obj(entries, open.at());
    }

    private static String key(Value key) {
        if (key instanceof Value.Symbol symbol) {
            return symbol.name();
        }
        if (key instanceof Value.Num num) {
            return num.raw();
        }
        return key.asText().orElse(key.describe());
    }

    private static String name(Kind open) {
        return open == Kind.OPEN_MAP ? "map" : open == Kind.OPEN_VECTOR ? "vector" : "list";
    }
}
