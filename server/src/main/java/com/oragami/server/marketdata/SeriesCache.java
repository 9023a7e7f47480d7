package com.oragami.server.marketdata;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.symphony.Ticker;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Stored series in memory, for backtests: a Caffeine cache bounded by weight, one unit per trading
 * day ({@code MARKETDATA_CACHE_DAYS}, default 2,000,000 ≈ 80 MB at about 40 bytes a day: a {@code
 * LocalDate} and a {@code double}). The whole bundled set is about 1,100,000 days, so it fits with
 * room for fetched tickers; beyond the bound the least recently used series go first (Caffeine's
 * W-TinyLFU). Absent tickers are cached as empty (weight 1) so unknown symbols do not hit the
 * database on every evaluation. Writers invalidate the ticker after their transaction commits.
 */
@Component
class SeriesCache {

    private final LoadingCache<Ticker, Optional<PriceSeries>> cache;

    SeriesCache(BarRepository bars, MarketDataProperties properties) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(properties.cacheDays())
                .weigher((Ticker ticker, Optional<PriceSeries> series) ->
                        1 + series.map(PriceSeries::size).orElse(0))
                .recordStats()
                .build(bars::series);
    }

    Optional<PriceSeries> get(Ticker ticker) {
        return cache.get(ticker);
    }

    void invalidate(Ticker ticker) {
        cache.invalidate(ticker);
    }

    /** Trading days held now (the cache's weight). */
    long weight() {
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    long size() {
        return cache.estimatedSize();
    }
}
