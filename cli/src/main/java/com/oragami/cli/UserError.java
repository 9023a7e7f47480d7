package com.oragami.cli;

/** A problem with what the user gave us; printed as one line, exit code 2. */
final class UserError extends RuntimeException {

    UserError(String message) {
        super(message, null, false, false);
    }
}
