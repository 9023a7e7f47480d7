package com.oragami.server.marketdata;

import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.calendar.TradingCalendar;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wires the providers chosen in {@code .env} and the NYSE calendar. A chosen provider without its
 * key stops start-up with a message naming the keys to set. {@code @EnableScheduling} is for the
 * daily sync.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MarketDataProperties.class)
@EnableScheduling
class MarketDataConfiguration {

    @Bean
    TradingCalendar tradingCalendar() {
        return NyseCalendar.standard();
    }

    @Bean
    Providers marketDataProviders(MarketDataProperties properties, Clock clock) {
        PriceProvider history = provider(properties.provider(), properties, clock);
        String live =
                properties.liveProvider() == null || properties.liveProvider().isBlank()
                        ? properties.provider()
                        : properties.liveProvider();
        PriceProvider liveProvider =
                live.equalsIgnoreCase(properties.provider()) ? history : provider(live, properties, clock);
        return new Providers(history, liveProvider);
    }

    static @Nullable PriceProvider provider(String name, MarketDataProperties properties, Clock clock) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "", "none", "bundled" -> null;
            case AlpacaProvider.NAME -> {
                MarketDataProperties.Vendor vendor = properties.alpaca();
                if (!vendor.keyed()
                        || vendor.secret() == null
                        || vendor.secret().isBlank()) {
                    throw missingKey(name, "ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY");
                }
                yield new AlpacaProvider(vendor, properties.http());
            }
            case AlphaVantageProvider.NAME -> {
                if (!properties.alphavantage().keyed()) {
                    throw missingKey(name, "ALPHAVANTAGE_API_KEY");
                }
                yield new AlphaVantageProvider(properties.alphavantage(), properties.http(), clock);
            }
            case EodhdProvider.NAME -> {
                if (!properties.eodhd().keyed()) {
                    throw missingKey(name, "EODHD_API_TOKEN");
                }
                yield new EodhdProvider(properties.eodhd(), properties.http());
            }
            case TiingoProvider.NAME -> {
                if (!properties.tiingo().keyed()) {
                    throw missingKey(name, "TIINGO_API_TOKEN");
                }
                yield new TiingoProvider(properties.tiingo(), properties.http());
            }
            default ->
                throw new IllegalStateException(
                        "unknown market data provider '" + name + "'; use none, alpaca, alphavantage, eodhd or tiingo");
        };
    }

    private static IllegalStateException missingKey(String provider, String keys) {
        return new IllegalStateException(
                "market data provider " + provider + " needs " + keys + " in .env (see .env.example)");
    }
}
