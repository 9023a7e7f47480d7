package com.oragami.cli;

/**
 * A problem with what the user gave us; printed as one line, exit code 2. {@link #reported()}
 * is one whose problems are already printed (one line each), so nothing more is printed.
 */
final class UserError extends RuntimeException {

    private final boolean reported;

    UserError(String message) {
        this(message, false);
    }

    private UserError(String message, boolean reported) {
        super(message, null, false, false);
        this.reported = reported;
    }

    /** Exit 2 after the problems have been printed. */
    static UserError reported() {
        return new UserError("", true);
    }

    boolean isReported() {
        return reported;
    }
}
