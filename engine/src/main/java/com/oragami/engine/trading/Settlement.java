package com.oragami.engine.trading;

import com.oragami.engine.Problem;
import java.util.List;
import java.util.Objects;

/**
 * The books after a run, every leg that moved them (internal crosses first, then broker fills),
 * and problems such as an order the broker did not fill in full (a missed rebalance, recorded).
 */
public record Settlement(AccountBook books, List<Leg> legs, List<Problem> problems) {

    public Settlement {
        Objects.requireNonNull(books, "books");
        legs = List.copyOf(legs);
        problems = List.copyOf(problems);
    }
}
