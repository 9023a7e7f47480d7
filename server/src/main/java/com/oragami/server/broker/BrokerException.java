package com.oragami.server.broker;

/**
 * A broker could not be used. An order the broker refuses is not an exception but a {@code
 * REJECTED} {@code BrokerOrder} (its rejection starts with a code such as {@code wash-trade} or
 * {@code insufficient-buying-power}). Messages never hold a credential.
 */
public final class BrokerException extends RuntimeException {

    public enum Reason {
        /** The connection does not exist or was disconnected. */
        NOT_CONNECTED,
        /** The broker refused the credentials; the owner must connect again. */
        NEEDS_RECONNECT,
        /** The broker could not be reached or kept failing (429, 5xx, timeouts) after every retry. */
        UNAVAILABLE,
        /** The broker refused a request that is not an order, or the user's input (bad keys, state). */
        REFUSED,
        /** The broker answered something that is not its documented shape. */
        MALFORMED
    }

    private final Reason reason;

    public BrokerException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BrokerException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
