package com.oragami.engine.indicator;

/**
 * An indicator kernel over one price series. Implementations are stateless and thread-safe.
 *
 * <p>Contract: {@code compute(close, n)} returns a new array of {@code close.length} values; index
 * {@code t} holds the indicator as of the close of day {@code t} using closes {@code 0..t} only;
 * values before {@link #firstIndex(int)} are NaN; the input is never modified. A NaN close (a day
 * without data) makes every value whose window touches it NaN, except where a kernel documents
 * otherwise.
 */
public interface Indicator {

    double[] compute(double[] close, int window);

    /** The first index at which {@link #compute} can be defined for a series with no gaps. */
    int firstIndex(int window);
}
