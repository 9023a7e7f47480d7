package com.oragami.engine.trading;

import java.util.Objects;

/** A book: one deployed symphony in one account (the server uses its deployment id). Compared by value; ordered by text. */
public record BookId(String value) implements Comparable<BookId> {

    public BookId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("BookId must not be blank");
        }
    }

    public static BookId of(String value) {
        return new BookId(value);
    }

    @Override
    public int compareTo(BookId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
