package com.oragami.engine.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed document before it becomes a symphony: the common in-memory form that the JSON reader
 * (Jackson streaming) and the EDN reader both produce, each value carrying its line and column.
 * The score node builder works on this form only, so the mapping from Composer's keys to the model
 * exists once for JSON and EDN. EDN keywords become {@link Keyword}s (map keys lose their colon),
 * EDN symbols {@link Symbol}s; JSON has neither. Internal plumbing of the readers, public only
 * because the readers live in sub-packages.
 */
public sealed interface Value {

    /** A 1-based line and column. */
    record Position(int line, int column) {}

    Position at();

    /** A short description of the value's type for messages: {@code a string}, {@code a map}, … */
    String describe();

    /** The text of a string or keyword (EDN enum values are keywords), else empty. */
    default Optional<String> asText() {
        return Optional.empty();
    }

    record Str(String text, Position at) implements Value {
        @Override
        public String describe() {
            return "a string";
        }

        @Override
        public Optional<String> asText() {
            return Optional.of(text);
        }
    }

    /** An EDN keyword such as {@code :if}; {@code name} has no colon. */
    record Keyword(String name, Position at) implements Value {
        @Override
        public String describe() {
            return "a keyword";
        }

        @Override
        public Optional<String> asText() {
            return Optional.of(name);
        }
    }

    /** An EDN symbol such as {@code weight-equal} or {@code >}. */
    record Symbol(String name, Position at) implements Value {
        @Override
        public String describe() {
            return "the symbol " + name;
        }
    }

    /** A number as written; {@code raw} keeps the spelling for messages. */
    record Num(double value, String raw, Position at) implements Value {
        @Override
        public String describe() {
            return "the number " + raw;
        }
    }

    record Bool(boolean value, Position at) implements Value {
        @Override
        public String describe() {
            return value ? "true" : "false";
        }
    }

    record Null(Position at) implements Value {
        @Override
        public String describe() {
            return "null";
        }
    }

    /** A JSON array, EDN vector or EDN list. */
    record Seq(Kind kind, List<Value> items, Position at) implements Value {
        public enum Kind {
            ARRAY,
            VECTOR,
            LIST
        }

        public Seq {
            Objects.requireNonNull(kind, "kind");
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return kind == Kind.LIST ? "a list" : kind == Kind.VECTOR ? "a vector" : "an array";
        }
    }

    /** A JSON object or EDN map with its keys as text, in document order (a repeated key keeps the last value). */
    record Obj(Map<String, Value> entries, Position at) implements Value {
        public Obj {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<Value> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }
}
