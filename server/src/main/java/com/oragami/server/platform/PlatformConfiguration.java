package com.oragami.server.platform;

import com.oragami.engine.prices.BundledPrices;
import com.oragami.engine.prices.PriceSource;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OragamiProperties.class)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The bundled daily closes of 238 tickers; a market-data feature will layer providers on it. */
    @Bean
    PriceSource priceSource() {
        return BundledPrices.standard();
    }
}
