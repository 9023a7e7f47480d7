package com.oragami.server.marketdata;

/** Where a ticker's history stands: the {@code status} column of {@code marketdata_coverage}. */
public enum BackfillStatus {
    /** Nothing stored and nothing requested. */
    MISSING,
    /** A backfill is waiting for a worker. */
    QUEUED,
    /** A backfill is fetching; {@link Coverage#progress()} says how far. */
    RUNNING,
    /** History is stored (bundled or fetched). */
    COMPLETE,
    /** The last backfill failed; {@link Coverage#message()} says why. Nothing of it was stored. */
    FAILED
}
