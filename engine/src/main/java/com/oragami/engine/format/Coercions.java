package com.oragami.engine.format;

import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.symphony.Ticker;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns {@link Value}s into numbers, whole numbers, tickers and indicator kinds the way Composer
 * writes them (numbers as numbers or numeric strings, format spec §2), reporting a located problem
 * and returning empty when a value does not fit. Internal plumbing of the readers.
 */
public final class Coercions {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final Issues issues;

    public Coercions(Issues issues) {
        this.issues = issues;
    }

    public Issues issues() {
        return issues;
    }

    /** A number, or a string holding one ({@code "79"}, {@code " 5.25"}). */
    public OptionalDouble number(Value value, String what, String path) {
        OptionalDouble number = numberOf(value);
        if (number.isEmpty()) {
            issues.error("wrong-type", what + " must be a number, got " + shown(value), value.at(), path);
        } else if (!Double.isFinite(number.getAsDouble())) {
            issues.error("non-finite-number", what + " must be finite, got " + shown(value), value.at(), path);
            return OptionalDouble.empty();
        }
        return number;
    }

    /** A whole number within int range (written as a number or a numeric string); may be 0 or negative. */
    public OptionalInt wholeNumber(Value value, String what, String path) {
        OptionalDouble number = numberOf(value);
        if (number.isPresent()) {
            double d = number.getAsDouble();
            if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                return OptionalInt.of((int) d);
            }
        }
        issues.error("wrong-type", what + " must be a whole number, got " + shown(value), value.at(), path);
        return OptionalInt.empty();
    }

    /** The text of a string or keyword; reports anything else. */
    public Optional<String> text(Value value, String what, String path) {
        Optional<String> text = value.asText();
        if (text.isEmpty()) {
            issues.error("wrong-type", what + " must be a string, got " + shown(value), value.at(), path);
        }
        return text;
    }

    public Optional<Ticker> ticker(Value value, String what, String path) {
        Optional<String> text = text(value, what, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Ticker> ticker = Ticker.parse(text.get());
        if (ticker.isEmpty()) {
            issues.error(
                    "malformed-ticker",
                    "malformed ticker " + quoted(text.get()) + " in " + what
                            + "; expected a symbol such as SPY, BRK/B or CRYPTO::BTC//USD",
                    value.at(),
                    path);
        }
        return ticker;
    }

    /** An indicator by name; {@code textName} also accepts the {@code defsymphony} aliases (rsi, …). */
    public Optional<IndicatorKind> indicator(Value value, String what, String path, boolean textName) {
        Optional<String> name = text(value, what, path);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return indicator(name.get(), value.at(), path, textName);
    }

    public Optional<IndicatorKind> indicator(String name, Value.Position at, String path, boolean textName) {
        Optional<IndicatorKind> kind = textName ? IndicatorKind.ofTextName(name) : IndicatorKind.ofScoreName(name);
        if (kind.isEmpty()) {
            issues.error(
                    "unknown-function",
                    "unknown function " + quoted(name) + "; expected one of " + supportedNames(),
                    at,
                    path);
            return Optional.empty();
        }
        if (!kind.get().supported()) {
            issues.error(
                    "unsupported-function",
                    "function " + kind.get().scoreName() + " is not supported (Composer does not support it either)",
                    at,
                    path);
            return Optional.empty();
        }
        return kind;
    }

    private static String supportedNames() {
        return Stream.of(IndicatorKind.values())
                .filter(IndicatorKind::supported)
                .map(IndicatorKind::scoreName)
                .collect(Collectors.joining(", "));
    }

    private static OptionalDouble numberOf(Value value) {
        if (value instanceof Value.Num num) {
            return OptionalDouble.of(num.value());
        }
        if (value instanceof Value.Str str) {
            String s = str.text().strip();
            if (NUMBER.matcher(s).matches()) {
                return OptionalDouble.of(Double.parseDouble(s));
            }
        }
        return OptionalDouble.empty();
    }

    /** Whether a value is a number or a numeric string (the fixed-value rule needs to know). */
    public static boolean isNumeric(Value value) {
        return numberOf(value).isPresent();
    }

    /** A value as shown in messages: strings quoted, numbers as written, other kinds described. */
    public static String shown(Value value) {
        if (value instanceof Value.Str str) {
            return quoted(str.text());
        }
        if (value instanceof Value.Keyword keyword) {
            return ":" + keyword.name();
        }
        if (value instanceof Value.Num num) {
            return num.raw();
        }
        return value.describe();
    }

    public static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shown.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
