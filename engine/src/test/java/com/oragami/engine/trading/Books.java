package com.oragami.engine.trading;

import com.oragami.engine.eval.Allocation;
import com.oragami.engine.symphony.Ticker;
import java.util.Map;
import java.util.TreeMap;

/** Small builders for trading tests. */
final class Books {

    static final RunId RUN = RunId.of("2024-03-15");
    static final AccountId ACCOUNT = AccountId.of("acct-1");

    private Books() {}

    static Ticker t(String symbol) {
        return Ticker.of(symbol);
    }

    static BookId id(String id) {
        return BookId.of(id);
    }

    static Money usd(String amount) {
        return Money.of(amount);
    }

    static Quantity qty(String shares) {
        return Quantity.of(shares);
    }

    /** A book with cash and alternating ticker, quantity pairs: {@code book("a", "100", "SPY", "2")}. */
    static SymphonyBook book(String id, String cash, String... positions) {
        SymphonyBook b = SymphonyBook.funded(id(id), usd(cash));
        for (int i = 0; i < positions.length; i += 2) {
            b = b.withPosition(t(positions[i]), qty(positions[i + 1]));
        }
        return b;
    }

    /** Weights from alternating ticker, weight pairs. */
    static Allocation weights(Object... pairs) {
        Map<Ticker, Double> w = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            w.put(t((String) pairs[i]), ((Number) pairs[i + 1]).doubleValue());
        }
        return new Allocation(new TreeMap<>(w));
    }

    static Map<Ticker, Double> prices(Object... pairs) {
        Map<Ticker, Double> p = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            p.put(t((String) pairs[i]), ((Number) pairs[i + 1]).doubleValue());
        }
        return p;
    }
}
