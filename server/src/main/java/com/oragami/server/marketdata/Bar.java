package com.oragami.server.marketdata;

import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One daily bar. {@code adjClose} (split- and dividend-adjusted) is what backtests read; {@code
 * open}, {@code high}, {@code low}, {@code close} are NaN and {@code volume} null where the source
 * gives adjusted closes only (the bundled data). {@code dividend} is the cash amount going ex on
 * the day, {@code splitRatio} new shares per old share on the day (1 when none).
 *
 * @throws IllegalArgumentException from the constructor when a price is not positive and finite
 *     (NaN stands for "not given"), high is below low, the dividend is negative or the split ratio
 *     not positive; providers turn that into a malformed-answer failure
 */
public record Bar(
        Ticker ticker,
        LocalDate day,
        double open,
        double high,
        double low,
        double close,
        double adjClose,
        @Nullable Long volume,
        double dividend,
        double splitRatio) {

    public Bar {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(day, "day");
        if (!(adjClose > 0) || !Double.isFinite(adjClose)) {
            throw new IllegalArgumentException("adjusted close must be positive on " + day + ", got " + adjClose);
        }
        for (double price : new double[] {open, high, low, close}) {
            if (!Double.isNaN(price) && (!(price > 0) || !Double.isFinite(price))) {
                throw new IllegalArgumentException("prices must be positive on " + day + ", got " + price);
            }
        }
        if (high < low) {
            throw new IllegalArgumentException("high " + high + " below low " + low + " on " + day);
        }
        if (volume != null && volume < 0) {
            throw new IllegalArgumentException("negative volume on " + day);
        }
        if (!(dividend >= 0) || !Double.isFinite(dividend)) {
            throw new IllegalArgumentException("dividend must be zero or positive on " + day + ", got " + dividend);
        }
        if (!(splitRatio > 0) || !Double.isFinite(splitRatio)) {
            throw new IllegalArgumentException("split ratio must be positive on " + day + ", got " + splitRatio);
        }
    }

    /** A bar with only the adjusted close, as the bundled data has. */
    public static Bar adjustedOnly(Ticker ticker, LocalDate day, double adjClose) {
        return new Bar(ticker, day, Double.NaN, Double.NaN, Double.NaN, Double.NaN, adjClose, null, 0, 1);
    }

    /** Whether a split or dividend takes effect on this day. */
    public boolean hasCorporateAction() {
        return dividend > 0 || splitRatio != 1;
    }

    /** This bar with its adjusted close multiplied by {@code factor} (re-adjusting older history). */
    Bar scaled(double factor) {
        return new Bar(ticker, day, open, high, low, close, adjClose * factor, volume, dividend, splitRatio);
    }
}
