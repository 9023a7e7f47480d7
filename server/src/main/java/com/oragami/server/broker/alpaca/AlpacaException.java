package com.oragami.server.broker.alpaca;

/**
 * Alpaca could not do what was asked. Messages name the path and Alpaca's own message, never a
 * credential. A refused order is not an exception but a {@code REJECTED} order.
 */
public final class AlpacaException extends RuntimeException {

    public enum Reason {
        /** 401, or a 403 that is not an order rejection: the token or keys are expired or revoked. */
        UNAUTHORIZED,
        /** 429, 5xx, a timeout or a broken connection, after every retry. */
        UNAVAILABLE,
        /** Another refusal of a request that is not an order (a bad OAuth code, a 4xx). */
        REFUSED,
        /** An answer that is not the documented shape. */
        MALFORMED
    }

    private final Reason reason;

    public AlpacaException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public AlpacaException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
