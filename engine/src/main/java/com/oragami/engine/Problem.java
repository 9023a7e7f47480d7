package com.oragami.engine;

import java.util.Objects;

/**
 * One thing wrong with a user's input, or worth a warning: a stable kebab-case {@code code} for
 * tests and the UI, a one-line message saying what is wrong and what is allowed, and where.
 */
public record Problem(Severity severity, String code, String message, Location where) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(where, "where");
        if (message.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a problem message is one line: " + message);
        }
    }

    public static Problem error(String code, String message, Location where) {
        return new Problem(Severity.ERROR, code, message, where);
    }

    public static Problem warning(String code, String message, Location where) {
        return new Problem(Severity.WARNING, code, message, where);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:3:7 (root > if[0]): error: window must be ≥ 1, got 0 [window-not-positive]}. */
    @Override
    public String toString() {
        String place = where.toString();
        return (place.isEmpty() ? "" : place + ": ") + severity.label() + ": " + message + " [" + code + "]";
    }
}
