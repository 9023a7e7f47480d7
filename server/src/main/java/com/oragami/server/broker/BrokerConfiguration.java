package com.oragami.server.broker;

import com.oragami.server.broker.alpaca.AlpacaHttp;
import com.oragami.server.broker.alpaca.AlpacaOAuth;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the credentials cipher (refusing the development {@code BROKER_TOKEN_KEY} outside {@code
 * dev}), Alpaca's HTTP settings and our OAuth app. A trading URL on Alpaca's live host stops
 * start-up: connections are paper only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrokerProperties.class)
class BrokerConfiguration {

    static final String LIVE_HOST = "api.alpaca.markets";

    @Bean
    TokenCipher tokenCipher(BrokerProperties properties, Environment environment) {
        String[] active = environment.getActiveProfiles();
        return TokenCipher.of(
                properties.tokenKey(), Arrays.asList(active.length > 0 ? active : environment.getDefaultProfiles()));
    }

    @Bean
    AlpacaHttp alpacaHttp(BrokerProperties properties) {
        BrokerProperties.Alpaca alpaca = properties.alpaca();
        return new AlpacaHttp(
                alpaca.connectTimeout(),
                alpaca.readTimeout(),
                alpaca.attempts(),
                alpaca.backoff(),
                alpaca.maxBackoff());
    }

    @Bean
    AlpacaOAuth alpacaOAuth(BrokerProperties properties, AlpacaHttp http) {
        BrokerProperties.Alpaca alpaca = properties.alpaca();
        String host = URI.create(alpaca.tradingUrl()).getHost();
        if (host != null && host.toLowerCase(Locale.ROOT).equals(LIVE_HOST)) {
            throw new IllegalStateException("ALPACA_TRADING_URL points at Alpaca's live API (" + alpaca.tradingUrl()
                    + "); only paper trading is supported: https://paper-api.alpaca.markets");
        }
        return new AlpacaOAuth(
                alpaca.oauthAuthorizeUrl(),
                alpaca.oauthTokenUrl(),
                blankIfNull(alpaca.oauthClientId()),
                blankIfNull(alpaca.oauthClientSecret()),
                blankIfNull(alpaca.oauthRedirectUri()),
                http);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
