package com.oragami.engine.backtest;

import com.oragami.engine.symphony.Rebalance;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Which days a calendar rebalance falls on. Spec §7.2 leaves the day open [O]; we take the first
 * trading day of each new calendar period: a day whose ISO week (weekly), month, quarter or year
 * differs from the previous trading day's.
 */
public final class Rebalancing {

    private Rebalancing() {}

    /**
     * Whether {@code day} starts a new period after {@code previous} (the trading day before):
     * always for {@code DAILY}, never for {@code NONE}.
     */
    public static boolean startsNewPeriod(Rebalance.Frequency frequency, LocalDate previous, LocalDate day) {
        return switch (frequency) {
            case NONE -> false;
            case DAILY -> true;
            case WEEKLY ->
                previous.get(IsoFields.WEEK_BASED_YEAR) != day.get(IsoFields.WEEK_BASED_YEAR)
                        || previous.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                                != day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTHLY -> previous.getYear() != day.getYear() || previous.getMonth() != day.getMonth();
            case QUARTERLY ->
                previous.getYear() != day.getYear()
                        || previous.get(IsoFields.QUARTER_OF_YEAR) != day.get(IsoFields.QUARTER_OF_YEAR);
            case YEARLY -> previous.getYear() != day.getYear();
        };
    }
}
