package com.oragami.engine.trading;

import java.util.Objects;

/**
 * How a run is planned.
 *
 * <ul>
 *   <li>{@code minimumOrder}: a net order worth less goes nowhere (Alpaca's fractional minimum is
 *       $1; see {@link RunPlanner} for what happens to the residue).
 *   <li>{@code slippage}: the fraction by which fills are expected to miss the planning price (sells
 *       at p·(1 − s), buys at p·(1 + s)); buys are sized to leave room for it, exactly as {@code
 *       Backtest} does. This is the simulated broker's slippage; 0 for Alpaca, whose buys are
 *       sized to the cash the sells raise at the planning price.
 *   <li>{@code notionalScale}: decimals of a buy order's dollar amount, rounded down (2: Alpaca
 *       takes whole cents; up to {@link Money#SCALE}).
 * </ul>
 */
public record PlanSettings(Money minimumOrder, double slippage, int notionalScale) {

    /** Alpaca: $1 minimum, notional in cents, no slippage reserve. */
    public static final PlanSettings ALPACA = new PlanSettings(Money.of("1"), 0, 2);

    /** No minimum, notional to the micro-dollar, no slippage: the closest to a backtest. */
    public static final PlanSettings EXACT = new PlanSettings(Money.ZERO, 0, Money.SCALE);

    public PlanSettings {
        Objects.requireNonNull(minimumOrder, "minimumOrder");
        if (minimumOrder.isNegative()) {
            throw new IllegalArgumentException("minimum order must be >= 0: " + minimumOrder);
        }
        if (!(slippage >= 0 && slippage < 1)) {
            throw new IllegalArgumentException("slippage must be in [0, 1): " + slippage);
        }
        if (notionalScale < 0 || notionalScale > Money.SCALE) {
            throw new IllegalArgumentException("notional scale must be 0.." + Money.SCALE + ": " + notionalScale);
        }
    }

    public PlanSettings withSlippage(double newSlippage) {
        return new PlanSettings(minimumOrder, newSlippage, notionalScale);
    }

    public PlanSettings withMinimumOrder(Money newMinimum) {
        return new PlanSettings(newMinimum, slippage, notionalScale);
    }
}
