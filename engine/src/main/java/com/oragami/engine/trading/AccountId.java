package com.oragami.engine.trading;

import java.util.Objects;

/** A broker account (the server uses its connection id). Compared by value; ordered by text. */
public record AccountId(String value) implements Comparable<AccountId> {

    public AccountId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("AccountId must not be blank");
        }
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
