package com.oragami.server.marketdata;

/**
 * A provider could not give what was asked. Nothing of the answer is used: providers parse the
 * whole answer before returning anything.
 */
final class ProviderException extends RuntimeException {

    enum Reason {
        /** 429, or a vendor's throttling message, after every retry. */
        RATE_LIMITED,
        /** 5xx, a timeout or a broken connection, after every retry. */
        UNAVAILABLE,
        /** 401/403: the key is missing, wrong or not entitled to this data. */
        UNAUTHORIZED,
        /** The vendor does not know the ticker, or answered for another one. */
        UNKNOWN_TICKER,
        /** The answer is not the documented shape: bad JSON, a missing or invalid field, truncation. */
        MALFORMED,
        /** A well-formed answer with no data. */
        EMPTY,
        /** Any other refusal (4xx). */
        REJECTED,
        /** This provider does not offer the operation. */
        UNSUPPORTED
    }

    private final Reason reason;

    ProviderException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    ProviderException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
