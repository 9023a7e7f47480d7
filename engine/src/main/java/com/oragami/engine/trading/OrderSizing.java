package com.oragami.engine.trading;

import com.oragami.engine.eval.Allocation;
import com.oragami.engine.symphony.Ticker;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one place where the engine's {@code double}s (live prices, target weights, slippage) become
 * exact decimals, with {@code BigDecimal.valueOf} (the shortest decimal that reads back as the
 * double), and where a book's target becomes its desired trades.
 *
 * <p>The sizing is {@code Backtest}'s rebalance in decimals: with V = cash + Σ q·p,
 *
 * <pre>
 * gap_t = w_t·V − q_t·p_t
 * gap_t &lt; −V·1e-12: sell q_t if w_t = 0 (a full exit), else min(q_t, −gap_t/p_t) rounded down
 * gap_t &gt;  V·1e-12: want to buy gap_t
 * spendable = cash + Σ sold·p·(1 − s) − 2·10⁻⁶·#sells − cashWeight·V
 * scale     = min(1, max(0, spendable) / Σ gap·(1 + s))
 * notional_t = gap_t·scale·(1 + s), rounded down to the notional scale
 * </pre>
 *
 * A buy of notional N filled at p·(1 + s) gets N / (p·(1 + s)) = gap·scale / p shares, exactly what
 * the backtest buys for gap·scale·(1 + s) dollars. The 2·10⁻⁶ per sell covers the rounding of sell
 * proceeds to the micro-dollar and of their pro-rata split, so that buys never spend more than the
 * sells bring in at the expected price.
 */
final class OrderSizing {

    /** Divisions carry 34 significant digits before any rounding to a scale. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private static final BigDecimal DUST = new BigDecimal("1e-12");
    private static final BigDecimal PER_SELL_RESERVE = new BigDecimal("0.000002");

    private OrderSizing() {}

    /** A usable live price: finite and positive, else empty. */
    static Optional<Price> price(double value) {
        return Double.isFinite(value) && value > 0
                ? Optional.of(new Price(BigDecimal.valueOf(value)))
                : Optional.empty();
    }

    static Money money(double value) {
        return Money.valued(BigDecimal.valueOf(value));
    }

    static double toDouble(Money money) {
        return money.amount().doubleValue();
    }

    /** Each holding's value over the book's value, as doubles for the corridor rule. */
    static Map<Ticker, Double> heldWeights(SymphonyBook book, Map<Ticker, Price> prices) {
        BigDecimal value = book.value(prices).amount();
        Map<Ticker, Double> weights = new TreeMap<>();
        if (value.signum() <= 0) {
            return weights;
        }
        book.positions().forEach((t, q) -> {
            Price p = prices.get(t);
            if (p != null) {
                weights.put(
                        t,
                        q.shares().multiply(p.value()).divide(value, PRECISION).doubleValue());
            }
        });
        return weights;
    }

    /**
     * The trades that take the book to the allocation; every held and target ticker must have a
     * price.
     */
    static List<BookTrade> rebalance(
            SymphonyBook book, Allocation target, Map<Ticker, Price> prices, PlanSettings settings) {
        return rebalance(book, target, prices, settings, BigDecimal.ZERO);
    }

    /**
     * As above, with {@code withheld} dollars of the expected sell proceeds not spent: the proceeds
     * of sells that will not reach the broker this run (a net order under the minimum).
     */
    static List<BookTrade> rebalance(
            SymphonyBook book,
            Allocation target,
            Map<Ticker, Price> prices,
            PlanSettings settings,
            BigDecimal withheld) {
        BigDecimal value = book.cash().amount();
        for (Map.Entry<Ticker, Quantity> p : book.positions().entrySet()) {
            value = value.add(
                    p.getValue().shares().multiply(prices.get(p.getKey()).value()));
        }
        BigDecimal dust = value.abs().multiply(DUST);
        BigDecimal slippage = BigDecimal.valueOf(settings.slippage());
        BigDecimal sellFactor = BigDecimal.ONE.subtract(slippage);
        BigDecimal buyFactor = BigDecimal.ONE.add(slippage);
        TreeSet<Ticker> tickers = new TreeSet<>(target.weights().keySet());
        tickers.addAll(book.positions().keySet());
        List<BookTrade> trades = new ArrayList<>();
        Map<Ticker, BigDecimal> buys = new TreeMap<>();
        BigDecimal cash = book.cash().amount();
        BigDecimal buyCost = BigDecimal.ZERO;
        for (Ticker t : tickers) {
            Price price = prices.get(t);
            Quantity held = book.position(t);
            double w = target.weight(t);
            BigDecimal gap =
                    BigDecimal.valueOf(w).multiply(value).subtract(held.shares().multiply(price.value()));
            if (gap.compareTo(dust.negate()) < 0) {
                Quantity sold = w == 0
                        ? held
                        : Quantity.down(gap.negate().divide(price.value(), PRECISION))
                                .min(held);
                if (sold.isPositive()) {
                    trades.add(new BookTrade(book.id(), t, Side.SELL, sold, sold.times(price)));
                    cash = cash.add(sold.shares().multiply(price.value()).multiply(sellFactor))
                            .subtract(PER_SELL_RESERVE);
                }
            } else if (gap.compareTo(dust) > 0) {
                buys.put(t, gap);
                buyCost = buyCost.add(gap.multiply(buyFactor));
            }
        }
        BigDecimal spendable = cash.subtract(withheld)
                .subtract(BigDecimal.valueOf(target.cash()).multiply(value));
        if (buyCost.signum() > 0 && spendable.signum() > 0) {
            boolean scaled = spendable.compareTo(buyCost) < 0;
            for (Map.Entry<Ticker, BigDecimal> b : buys.entrySet()) {
                BigDecimal wanted = b.getValue().multiply(buyFactor);
                // divide last, so that a buy that takes the whole cash comes out exact
                Money notional = Money.down(
                        scaled ? wanted.multiply(spendable).divide(buyCost, PRECISION) : wanted,
                        settings.notionalScale());
                if (notional.isPositive()) {
                    Price price = prices.get(b.getKey());
                    Quantity estimate = Quantity.down(notional.amount().divide(price.value(), PRECISION));
                    trades.add(new BookTrade(book.id(), b.getKey(), Side.BUY, estimate, notional));
                }
            }
        }
        return trades;
    }

    /** Sells every holding that has a price. */
    static List<BookTrade> liquidate(SymphonyBook book, Map<Ticker, Price> prices) {
        List<BookTrade> trades = new ArrayList<>();
        book.positions().forEach((t, q) -> {
            Price price = prices.get(t);
            if (price != null) {
                trades.add(new BookTrade(book.id(), t, Side.SELL, q, q.times(price)));
            }
        });
        return trades;
    }
}
