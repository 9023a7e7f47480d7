package com.oragami.server.symphony;

import com.oragami.engine.symphony.Ticker;
import com.oragami.server.platform.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * A symphony was uploaded, or its source replaced ({@code replaced}), and committed: the owner, its
 * id and the tickers it trades or reads. Published after the transaction commits to listeners in
 * other features (market data starts loading or backfilling the tickers).
 */
public record SymphonyUploaded(UserId owner, SymphonyId symphony, Set<Ticker> tickers, boolean replaced) {

    public SymphonyUploaded {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(symphony, "symphony");
        tickers = Set.copyOf(tickers);
    }
}
