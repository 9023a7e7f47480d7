package com.oragami.server.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Start-up refuses a chosen provider without its key, and picks the live provider from .env. */
class MarketDataConfigurationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T21:00:00Z"), ZoneOffset.UTC);
    private static final MarketDataProperties.Vendor NO_KEY =
            new MarketDataProperties.Vendor("http://localhost:1", "", "", "iex", Duration.ZERO);
    private static final MarketDataProperties.Vendor KEYED =
            new MarketDataProperties.Vendor("http://localhost:1", "key", "secret", "iex", Duration.ZERO);

    private static MarketDataProperties properties(
            String provider, String live, MarketDataProperties.Vendor alpaca, MarketDataProperties.Vendor others) {
        return new MarketDataProperties(
                provider,
                live,
                false,
                1000,
                LocalDate.of(1990, 1, 1),
                1,
                10,
                "-",
                Duration.ofMinutes(20),
                Vendors.HTTP,
                alpaca,
                others,
                others,
                others);
    }

    private static MarketDataProperties only(String provider, MarketDataProperties.Vendor vendors) {
        return properties(provider, "", vendors, vendors);
    }

    @Test
    void noneBundledOrBlankMeanNoProvider() {
        for (String name : new String[] {"", "none", " Bundled ", "NONE"}) {
            assertThat(MarketDataConfiguration.provider(name, only(name, NO_KEY), CLOCK))
                    .as(name)
                    .isNull();
        }
    }

    @Test
    void eachKeyedProviderIsBuiltWhateverTheCase() {
        assertThat(MarketDataConfiguration.provider("Alpaca", only("alpaca", KEYED), CLOCK)
                        .name())
                .isEqualTo("alpaca");
        assertThat(MarketDataConfiguration.provider("alphavantage", only("alphavantage", KEYED), CLOCK)
                        .name())
                .isEqualTo("alphavantage");
        assertThat(MarketDataConfiguration.provider(" EODHD ", only("eodhd", KEYED), CLOCK)
                        .name())
                .isEqualTo("eodhd");
        assertThat(MarketDataConfiguration.provider("tiingo", only("tiingo", KEYED), CLOCK)
                        .name())
                .isEqualTo("tiingo");
    }

    @Test
    void aProviderWithoutItsKeyStopsStartUpNamingTheKeys() {
        assertThatThrownBy(() -> MarketDataConfiguration.provider("alphavantage", only("alphavantage", NO_KEY), CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("market data provider alphavantage needs ALPHAVANTAGE_API_KEY in .env (see .env.example)");
        assertThatThrownBy(() -> MarketDataConfiguration.provider("eodhd", only("eodhd", NO_KEY), CLOCK))
                .hasMessageContaining("needs EODHD_API_TOKEN");
        assertThatThrownBy(() -> MarketDataConfiguration.provider("tiingo", only("tiingo", NO_KEY), CLOCK))
                .hasMessageContaining("needs TIINGO_API_TOKEN");
        assertThatThrownBy(() -> MarketDataConfiguration.provider("alpaca", only("alpaca", NO_KEY), CLOCK))
                .hasMessageContaining("needs ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY");
    }

    @Test
    void alpacaNeedsItsSecretAsWellAsItsKey() {
        MarketDataProperties.Vendor keyOnly =
                new MarketDataProperties.Vendor("http://localhost:1", "key", " ", "iex", Duration.ZERO);

        assertThatThrownBy(() -> MarketDataConfiguration.provider("alpaca", only("alpaca", keyOnly), CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY");
    }

    @Test
    void anUnknownProviderStopsStartUpListingTheChoices() {
        assertThatThrownBy(() -> MarketDataConfiguration.provider("yahoo", only("yahoo", KEYED), CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("unknown market data provider 'yahoo'; use none, alpaca, alphavantage, eodhd or tiingo");
    }

    @Test
    void aBlankLiveProviderSharesTheHistoryProvider() {
        Providers providers = new MarketDataConfiguration().marketDataProviders(only("tiingo", KEYED), CLOCK);

        assertThat(providers.forHistory()).get().extracting(PriceProvider::name).isEqualTo("tiingo");
        assertThat(providers.live()).isSameAs(providers.history());
    }

    @Test
    void theLiveProviderNamedLikeTheHistoryOneInAnotherCaseIsTheSameInstance() {
        Providers providers =
                new MarketDataConfiguration().marketDataProviders(properties("alpaca", "ALPACA", KEYED, KEYED), CLOCK);

        assertThat(providers.live()).isSameAs(providers.history());
    }

    @Test
    void aDistinctLiveProviderIsBuiltAndMustBeKeyedToo() {
        Providers providers =
                new MarketDataConfiguration().marketDataProviders(properties("eodhd", "alpaca", KEYED, KEYED), CLOCK);

        assertThat(providers.forHistory()).get().extracting(PriceProvider::name).isEqualTo("eodhd");
        assertThat(providers.forLive()).get().extracting(PriceProvider::name).isEqualTo("alpaca");
        assertThatThrownBy(() -> new MarketDataConfiguration()
                        .marketDataProviders(properties("eodhd", "alpaca", NO_KEY, KEYED), CLOCK))
                .hasMessageContaining("needs ALPACA_API_KEY_ID");
    }

    @Test
    void noProviderAtAllLeavesBothEmpty() {
        Providers providers = new MarketDataConfiguration().marketDataProviders(only("none", NO_KEY), CLOCK);

        assertThat(providers.forHistory()).isEmpty();
        assertThat(providers.forLive()).isEmpty();
    }
}
