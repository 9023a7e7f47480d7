package com.oragami.server.broker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code oragami.broker.*} settings, each set from {@code .env} (keys in {@code .env.example}).
 *
 * @param tokenKey base64 of the 32-byte AES key that encrypts broker credentials ({@code
 *     BROKER_TOKEN_KEY}); its development default is refused outside the {@code dev} profile
 * @param simSlippageBps the simulated broker's slippage in basis points ({@code
 *     SIM_BROKER_SLIPPAGE_BPS}): buys fill that much above the price, sells below
 * @param oauthStateTtl how long a started OAuth flow may take to come back
 * @param callbackRedirect where the browser goes after {@code /oauth/alpaca/callback}; {@code
 *     ?broker=connected} or {@code ?broker=error&problem=<code>} is appended
 */
@ConfigurationProperties("oragami.broker")
record BrokerProperties(
        String tokenKey, double simSlippageBps, Duration oauthStateTtl, String callbackRedirect, Alpaca alpaca) {

    /** Alpaca's endpoints (all configurable, for tests and proxies), our OAuth app, and HTTP manners. */
    record Alpaca(
            String oauthAuthorizeUrl,
            String oauthTokenUrl,
            String tradingUrl,
            String oauthClientId,
            String oauthClientSecret,
            String oauthRedirectUri,
            Duration connectTimeout,
            Duration readTimeout,
            int attempts,
            Duration backoff,
            Duration maxBackoff) {

        @Override
        public String toString() {
            return "Alpaca[tradingUrl=" + tradingUrl + ", oauthClientId=" + oauthClientId
                    + ", oauthClientSecret=[redacted]]";
        }
    }

    @Override
    public String toString() {
        return "BrokerProperties[tokenKey=[redacted], simSlippageBps=" + simSlippageBps + ", alpaca=" + alpaca + "]";
    }
}
