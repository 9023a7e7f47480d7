package com.oragami.server.marketdata;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The providers chosen in {@code .env}: {@code history} for backfills and the daily sync ({@code
 * MARKETDATA_PROVIDER}), {@code live} for the latest trade ({@code MARKETDATA_LIVE_PROVIDER}, by
 * default the history provider). Either may be absent: then only stored (bundled) data is there.
 */
record Providers(@Nullable PriceProvider history, @Nullable PriceProvider live) {

    Optional<PriceProvider> forHistory() {
        return Optional.ofNullable(history);
    }

    Optional<PriceProvider> forLive() {
        return Optional.ofNullable(live);
    }
}
