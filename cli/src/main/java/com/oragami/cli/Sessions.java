package com.oragami.cli;

import com.oragami.engine.prices.PriceTable;
import java.time.LocalDate;

/** Finds a requested day on a price table's trading-day axis. */
final class Sessions {

    private Sessions() {}

    /** The index of the date, or a {@link UserError} that names the nearest trading day before it. */
    static int require(PriceTable table, LocalDate date) {
        int index = table.indexOf(date);
        if (index >= 0) {
            return index;
        }
        int before = table.indexOnOrBefore(date);
        if (before < 0) {
            throw new UserError(date + " is before the price data, which starts on " + table.date(0));
        }
        if (before == table.size() - 1) {
            throw new UserError(date + " is after the price data, which ends on " + table.date(before));
        }
        throw new UserError(date + " is not a trading day in the price data; the one before is " + table.date(before));
    }
}
