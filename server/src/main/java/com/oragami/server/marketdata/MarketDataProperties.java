package com.oragami.server.marketdata;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code oragami.marketdata.*} settings, each set from {@code .env} (keys in {@code
 * .env.example}).
 *
 * @param provider history provider: {@code none}, {@code alpaca}, {@code alphavantage}, {@code
 *     eodhd} or {@code tiingo}
 * @param liveProvider provider of the latest trade for the daily run ({@code alpaca} or {@code
 *     alphavantage}); blank means the history provider
 * @param preloadBundled whether to copy the whole bundled set into the database in the background
 *     at start-up (a ticker is also loaded on its first use either way)
 * @param cacheDays the in-memory series cache's bound in trading days (one day ≈ 40 bytes)
 * @param historyStart where a backfill "from inception" starts asking
 * @param syncCron the daily sync, New York time; {@code -} disables it
 * @param liveMaxAge the oldest latest trade the daily run accepts
 */
@ConfigurationProperties("oragami.marketdata")
record MarketDataProperties(
        String provider,
        String liveProvider,
        boolean preloadBundled,
        long cacheDays,
        LocalDate historyStart,
        int backfillWorkers,
        int backfillQueue,
        String syncCron,
        Duration liveMaxAge,
        Http http,
        Vendor alpaca,
        Vendor alphavantage,
        Vendor eodhd,
        Vendor tiingo) {

    /** Timeouts and retries shared by every vendor: {@code attempts} tries in all, backoff doubling. */
    record Http(Duration connectTimeout, Duration readTimeout, int attempts, Duration backoff, Duration maxBackoff) {}

    /**
     * One vendor: base URL (tests and proxies point it elsewhere), key and secret (Alpaca uses
     * both, the others only the key), feed (Alpaca's live-trade feed, {@code iex} on the free
     * plan), and the least time between two requests (its rate limit).
     */
    record Vendor(String baseUrl, String key, String secret, String feed, Duration minInterval) {

        boolean keyed() {
            return key != null && !key.isBlank();
        }
    }
}
