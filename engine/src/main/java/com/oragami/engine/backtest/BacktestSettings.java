package com.oragami.engine.backtest;

import com.oragami.engine.symphony.Ticker;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run a backtest: optional first and last dates (clamped to the data), starting capital
 * in dollars (&gt; 0), slippage in basis points of traded notional (≥ 0, 50 = 0.5 %), regulatory
 * {@link Fees}, and an optional benchmark ticker. Values are checked by {@link Backtest#run},
 * which reports bad ones as problems.
 */
public record BacktestSettings(
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        double capital,
        double slippageBps,
        Fees fees,
        Optional<Ticker> benchmark) {

    public BacktestSettings {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(benchmark, "benchmark");
    }

    /** The whole data range, this capital, no slippage, no fees, no benchmark. */
    public static BacktestSettings of(double capital) {
        return new BacktestSettings(Optional.empty(), Optional.empty(), capital, 0, Fees.NONE, Optional.empty());
    }

    public BacktestSettings withDates(LocalDate first, LocalDate last) {
        return new BacktestSettings(Optional.of(first), Optional.of(last), capital, slippageBps, fees, benchmark);
    }

    public BacktestSettings withSlippageBps(double bps) {
        return new BacktestSettings(from, to, capital, bps, fees, benchmark);
    }

    public BacktestSettings withFees(Fees newFees) {
        return new BacktestSettings(from, to, capital, slippageBps, newFees, benchmark);
    }

    public BacktestSettings withBenchmark(Ticker ticker) {
        return new BacktestSettings(from, to, capital, slippageBps, fees, Optional.of(ticker));
    }

    /** Slippage as a fraction: 50 bp → 0.005. */
    public double slippage() {
        return slippageBps / 10_000;
    }
}
