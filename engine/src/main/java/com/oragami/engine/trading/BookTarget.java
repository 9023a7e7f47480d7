package com.oragami.engine.trading;

import com.oragami.engine.Problem;
import com.oragami.engine.eval.Allocation;
import java.util.Objects;

/**
 * What a book should hold after today's run: the {@link Wanted} allocation its symphony chose, or
 * {@link Failed} when the evaluation failed (an exception, a missing or stale price, bad data), in
 * which case the book is liquidated to cash and the cause recorded. A book without a target today
 * (not a rebalance day) is left as it is.
 */
public sealed interface BookTarget {

    record Wanted(Allocation allocation) implements BookTarget {
        public Wanted {
            Objects.requireNonNull(allocation, "allocation");
        }
    }

    record Failed(Problem cause) implements BookTarget {
        public Failed {
            Objects.requireNonNull(cause, "cause");
        }
    }

    static BookTarget of(Allocation allocation) {
        return new Wanted(allocation);
    }

    static BookTarget failed(Problem cause) {
        return new Failed(cause);
    }
}
