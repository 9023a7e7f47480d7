package com.oragami.engine.trading;

import com.oragami.engine.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One book's part of a run: its desired trades and, when it is being liquidated, why ({@code
 * liquidation} holds the failure that caused it).
 */
public record BookPlan(BookId book, List<BookTrade> trades, Optional<Problem> liquidation) {

    public BookPlan {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(liquidation, "liquidation");
        trades = List.copyOf(trades);
    }

    public boolean liquidates() {
        return liquidation.isPresent();
    }
}
