package com.oragami.server.broker.alpaca;

import java.util.Objects;
import org.springframework.http.HttpHeaders;

/**
 * How a request proves who it is for: an OAuth access token ({@code Authorization: Bearer}) or a
 * paper key pair ({@code APCA-API-KEY-ID} and {@code APCA-API-SECRET-KEY}). {@code toString} is
 * redacted: a credential in a log line or an exception message shows as {@code [redacted]}.
 */
public sealed interface AlpacaAuth {

    /** Sets the headers that authenticate a request. */
    void apply(HttpHeaders headers);

    /** An OAuth 2.0 access token of a user who authorized our app. */
    record OAuthToken(String accessToken) implements AlpacaAuth {

        public OAuthToken {
            Objects.requireNonNull(accessToken, "accessToken");
        }

        @Override
        public void apply(HttpHeaders headers) {
            headers.setBearerAuth(accessToken);
        }

        @Override
        public String toString() {
            return "OAuthToken[accessToken=[redacted]]";
        }
    }

    /** A paper trading key pair. */
    record ApiKeys(String keyId, String secret) implements AlpacaAuth {

        public ApiKeys {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public void apply(HttpHeaders headers) {
            headers.set("APCA-API-KEY-ID", keyId);
            headers.set("APCA-API-SECRET-KEY", secret);
        }

        @Override
        public String toString() {
            return "ApiKeys[keyId=[redacted], secret=[redacted]]";
        }
    }
}
