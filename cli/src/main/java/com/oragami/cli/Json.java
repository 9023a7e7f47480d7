package com.oragami.cli;

import com.oragami.engine.format.ScoreWriter;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Writes plain Java values as JSON: maps (in their iteration order), collections, arrays of
 * doubles, strings, numbers, booleans, dates ({@code "2024-01-31"}), optionals, enums (their
 * name in lower case), tickers (their symbol) and records (their components, in declaration order). Non-finite numbers
 * become {@code null}, since JSON has no NaN.
 */
final class Json {

    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;

    private Json(boolean pretty) {
        this.pretty = pretty;
    }

    static String write(@Nullable Object value) {
        Json json = new Json(true);
        json.value(value, 0);
        return json.out.toString();
    }

    private void value(@Nullable Object value, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Double d) {
            number(d);
        } else if (value instanceof Float f) {
            number(f.doubleValue());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof LocalDate || value instanceof Enum<?> || value instanceof CharSequence) {
            string(value instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT) : value.toString());
        } else if (value instanceof Optional<?> o) {
            value(o.orElse(null), indent);
        } else if (value instanceof OptionalDouble o) {
            value(o.isPresent() ? o.getAsDouble() : null, indent);
        } else if (value instanceof Map<?, ?> map) {
            object(map, indent);
        } else if (value instanceof Collection<?> list) {
            array(list, indent);
        } else if (value instanceof double[] doubles) {
            array(java.util.Arrays.stream(doubles).boxed().toList(), indent);
        } else if (value instanceof com.oragami.engine.symphony.Ticker ticker) {
            string(ticker.symbol());
        } else if (value instanceof Record record) {
            object(components(record), indent);
        } else {
            string(value.toString());
        }
    }

    private static Map<String, @Nullable Object> components(Record record) {
        Map<String, @Nullable Object> map = new java.util.LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                map.put(component.getName(), component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return map;
    }

    private void object(Map<?, ?> map, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        // small flat objects (a dated value, a trade) stay on one line
        boolean inline = map.size() <= 8 && map.values().stream().allMatch(Json::isScalar);
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append(inline ? ", " : ",");
            }
            first = false;
            if (!inline) {
                newline(indent + 1);
            }
            string(String.valueOf(e.getKey()));
            out.append(pretty ? ": " : ":");
            value(e.getValue(), indent + 1);
        }
        if (!inline) {
            newline(indent);
        }
        out.append('}');
    }

    private static boolean isScalar(@Nullable Object v) {
        return v == null
                || v instanceof Number
                || v instanceof String
                || v instanceof Boolean
                || v instanceof LocalDate
                || v instanceof Enum<?>;
    }

    private void array(Collection<?> list, int indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean scalars = list.stream().allMatch(Json::isScalar);
        out.append('[');
        boolean first = true;
        for (Object v : list) {
            if (!first) {
                out.append(scalars && pretty ? ", " : ",");
            }
            first = false;
            if (!scalars) {
                newline(indent + 1);
            }
            value(v, indent + 1);
        }
        if (!scalars) {
            newline(indent);
        }
        out.append(']');
    }

    private void newline(int indent) {
        if (pretty) {
            out.append('\n');
            out.append("  ".repeat(indent));
        }
    }

    private void number(double d) {
        if (!Double.isFinite(d)) {
            out.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
        } else {
            out.append(d);
        }
    }

    private void string(String s) {
        ScoreWriter.quote(s, out);
    }
}
