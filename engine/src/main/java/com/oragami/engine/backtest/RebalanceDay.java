package com.oragami.engine.backtest;

import com.oragami.engine.eval.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A day the portfolio traded: its index in the result, date, fills and the day's decisions. */
public record RebalanceDay(int index, LocalDate date, List<Trade> trades, List<Decision> decisions) {

    public RebalanceDay {
        Objects.requireNonNull(date, "date");
        trades = List.copyOf(trades);
        decisions = List.copyOf(decisions);
    }
}
