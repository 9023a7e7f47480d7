package com.oragami.engine.prices;

import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One ticker's daily closes in date order (strictly ascending, every close finite and positive),
 * and whether they are synthetic. The closes are the basis indicators and returns use: adjusted
 * closes for the bundled data.
 */
public record PriceSeries(Ticker ticker, LocalDate[] dates, double[] closes, boolean synthetic) {

    public PriceSeries {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(closes, "closes");
        if (dates.length != closes.length) {
            throw new IllegalArgumentException("dates and closes differ in length for " + ticker);
        }
        for (int i = 0; i < dates.length; i++) {
            if (i > 0 && !dates[i].isAfter(dates[i - 1])) {
                throw new IllegalArgumentException("dates not ascending for " + ticker + " at " + dates[i]);
            }
            if (!(closes[i] > 0) || !Double.isFinite(closes[i])) {
                throw new IllegalArgumentException("close not positive for " + ticker + " on " + dates[i]);
            }
        }
    }

    public int size() {
        return dates.length;
    }

    public LocalDate first() {
        return dates[0];
    }

    public LocalDate last() {
        return dates[dates.length - 1];
    }
}
