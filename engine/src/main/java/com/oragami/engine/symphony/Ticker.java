package com.oragami.engine.symphony;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A normalized ticker symbol: upper case, {@code EQUITIES::SPY//USD} becomes {@code SPY}, {@code
 * CRYPTO::BTC//USD} becomes {@code BTC/USD} (Alpaca's spelling), share classes keep their slash
 * ({@code BRK/B}).
 */
public record Ticker(String symbol) implements Comparable<Ticker> {

    private static final Pattern VALID = Pattern.compile("[A-Z0-9][A-Z0-9./\\-]{0,14}");

    /** Cash as Composer names it in outputs. */
    public static final String CASH_SYMBOL = "$USD";

    public Ticker {
        Objects.requireNonNull(symbol, "symbol");
        if (!VALID.matcher(symbol).matches()) {
            throw new IllegalArgumentException("not a ticker: " + symbol);
        }
    }

    /** Normalizes a spelling as found in a symphony, or empty if it is not a valid ticker. */
    public static Optional<Ticker> parse(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.startsWith("EQUITIES::")) {
            s = s.substring("EQUITIES::".length());
            if (s.endsWith("//USD")) {
                s = s.substring(0, s.length() - "//USD".length());
            }
        } else if (s.startsWith("CRYPTO::")) {
            s = s.substring("CRYPTO::".length());
            if (s.endsWith("//USD")) {
                s = s.substring(0, s.length() - "//USD".length()) + "/USD";
            }
        }
        return VALID.matcher(s).matches() ? Optional.of(new Ticker(s)) : Optional.empty();
    }

    public static Ticker of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a ticker: " + text));
    }

    @Override
    public int compareTo(Ticker other) {
        return symbol.compareTo(other.symbol);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
