package com.oragami.engine.backtest;

/**
 * Regulatory fees on sells, each rounded up to the cent: the SEC fee {@code secRate × notional
 * sold} (default $27.80 per $1,000,000) and FINRA's trading activity fee {@code tafPerShare ×
 * shares sold} (default $0.000166 a share) capped at {@code tafCap} (default $8.30) per trade.
 * Buys pay neither.
 */
public record Fees(boolean sec, double secRate, boolean taf, double tafPerShare, double tafCap) {

    public static final Fees DEFAULT = new Fees(true, 27.80 / 1_000_000, true, 0.000166, 8.30);

    public static final Fees NONE = new Fees(false, 27.80 / 1_000_000, false, 0.000166, 8.30);

    public Fees {
        if (!(secRate >= 0) || !(tafPerShare >= 0) || !(tafCap >= 0)) {
            throw new IllegalArgumentException("fee rates must be >= 0");
        }
    }

    /** The SEC fee on a sale of this notional, rounded up to the cent; 0 when off. */
    public double secFee(double notionalSold) {
        return sec ? ceilToCent(notionalSold * secRate) : 0;
    }

    /** The TAF on a sale of this many shares, rounded up to the cent and capped; 0 when off. */
    public double tafFee(double sharesSold) {
        return taf ? Math.min(tafCap, ceilToCent(sharesSold * tafPerShare)) : 0;
    }

    /** Rounds up to the cent, forgiving binary noise below a millionth of a cent. */
    static double ceilToCent(double amount) {
        return Math.ceil(amount * 100 - 1e-6) / 100;
    }
}
