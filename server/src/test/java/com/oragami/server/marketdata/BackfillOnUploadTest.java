package com.oragami.server.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.symphony.Ticker;
import com.oragami.server.platform.UserId;
import com.oragami.server.symphony.SymphonyId;
import com.oragami.server.symphony.SymphonyUploaded;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackfillOnUploadTest {

    /** Records what it is asked to prepare; the first call fails as a broken database would. */
    private static final class RecordingMarketData extends MarketData {
        final BlockingQueue<Set<Ticker>> prepared = new LinkedBlockingQueue<>();
        boolean failNext;

        RecordingMarketData() {
            super(null, null, null, null, null, null, null);
        }

        @Override
        public List<Problem> prepare(Collection<Ticker> tickers) {
            prepared.add(Set.copyOf(tickers));
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("database down");
            }
            return List.of(Problem.error("unknown-ticker", "no prices for ZZQX", Location.UNKNOWN));
        }
    }

    private static SymphonyUploaded uploaded(String... tickers) {
        return new SymphonyUploaded(
                new UserId(UUID.randomUUID()),
                new SymphonyId(UUID.randomUUID()),
                Set.of(tickers).stream().map(Ticker::of).collect(java.util.stream.Collectors.toSet()),
                false);
    }

    @Test
    void preparesTheUploadedTickersInTheBackground() throws Exception {
        RecordingMarketData marketData = new RecordingMarketData();
        BackfillOnUpload listener = new BackfillOnUpload(marketData);

        try {
            listener.on(uploaded("SPY", "ZZQX"));

            assertThat(marketData.prepared.poll(10, TimeUnit.SECONDS))
                    .containsExactlyInAnyOrder(Ticker.of("SPY"), Ticker.of("ZZQX"));
        } finally {
            listener.destroy();
        }
    }

    @Test
    void aFailureIsLoggedAndTheNextUploadIsStillPrepared() throws Exception {
        RecordingMarketData marketData = new RecordingMarketData();
        marketData.failNext = true;
        BackfillOnUpload listener = new BackfillOnUpload(marketData);

        try {
            listener.on(uploaded("SPY"));
            listener.on(uploaded("TLT"));

            assertThat(marketData.prepared.poll(10, TimeUnit.SECONDS)).containsExactly(Ticker.of("SPY"));
            assertThat(marketData.prepared.poll(10, TimeUnit.SECONDS)).containsExactly(Ticker.of("TLT"));
        } finally {
            listener.destroy();
        }
    }
}
