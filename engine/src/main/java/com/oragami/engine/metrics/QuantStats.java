package com.oragami.engine.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quantstats 0.0.81 statistics of one daily return series (252 periods, rf 0), each computed
 * by the function of {@link Returns} or {@link Drawdowns} of the same name. Fractions throughout
 * (0.12 = 12 %); drawdowns, VaR and CVaR are negative for losses, as quantstats reports them.
 */
public record QuantStats(
        double cagr,
        double sharpe,
        double sortino,
        double calmar,
        double maxDrawdown,
        double volatility,
        double avgReturn,
        double avgWin,
        double avgLoss,
        double winRate,
        double profitFactor,
        double valueAtRisk,
        double conditionalValueAtRisk,
        double kellyCriterion,
        double recoveryFactor,
        double ulcerIndex,
        double skew,
        double kurtosis,
        double best,
        double worst,
        double comp) {

    /**
     * Statistics of daily simple returns, one a trading day. No dates are needed: quantstats
     * 0.0.81 annualizes by the count of periods ({@code years = n / 252}), not by calendar days.
     */
    public static QuantStats of(double[] dailyReturns) {
        double[] r = Returns.prepare(dailyReturns);
        return new QuantStats(
                Returns.cagr(r),
                Returns.sharpe(r),
                Returns.sortino(r),
                Drawdowns.calmar(r),
                Drawdowns.maxDrawdown(r),
                Returns.volatility(r),
                Returns.avgReturn(r),
                Returns.avgWin(r),
                Returns.avgLoss(r),
                Returns.winRate(r),
                Returns.profitFactor(r),
                Returns.valueAtRisk(r),
                Returns.conditionalValueAtRisk(r),
                Returns.kellyCriterion(r),
                Drawdowns.recoveryFactor(r),
                Drawdowns.ulcerIndex(r),
                Returns.skew(r),
                Returns.kurtosis(r),
                Returns.best(r),
                Returns.worst(r),
                Returns.comp(r));
    }

    /** The statistics under quantstats' snake_case names, in declaration order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("cagr", cagr);
        m.put("sharpe", sharpe);
        m.put("sortino", sortino);
        m.put("calmar", calmar);
        m.put("max_drawdown", maxDrawdown);
        m.put("volatility", volatility);
        m.put("avg_return", avgReturn);
        m.put("avg_win", avgWin);
        m.put("avg_loss", avgLoss);
        m.put("win_rate", winRate);
        m.put("profit_factor", profitFactor);
        m.put("value_at_risk", valueAtRisk);
        m.put("conditional_value_at_risk", conditionalValueAtRisk);
        m.put("kelly_criterion", kellyCriterion);
        m.put("recovery_factor", recoveryFactor);
        m.put("ulcer_index", ulcerIndex);
        m.put("skew", skew);
        m.put("kurtosis", kurtosis);
        m.put("best", best);
        m.put("worst", worst);
        m.put("comp", comp);
        return Collections.unmodifiableMap(m);
    }
}
