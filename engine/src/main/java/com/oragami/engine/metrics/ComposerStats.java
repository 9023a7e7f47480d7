package com.oragami.engine.metrics;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Composer's backtest statistics ({@code stats} of a backtest response, spec §9.3) of a daily
 * value series {@code V_0 … V_{N−1}} that started from {@code capital}. Fractions throughout;
 * {@code max_drawdown} is positive here (Composer's sign), unlike quantstats'.
 *
 * <p>Daily returns are {@code r_t = V_t / V_{t−1} − 1} for {@code t = 1 … N−1}: N − 1 returns.
 * This is measured, not assumed: Composer's v2 response for symphony INfCn3eKsu6i4oTTqdUp has 606
 * values, {@code size} 605 and {@code win_rate} 0.5074380165 = 307/605 exactly, which no count of
 * 606 returns can give. The first day's costs still count through {@code cumulative_return}
 * ({@code V_last / capital − 1}). To also count {@code r_0 = V_0 / capital − 1}, prepend the
 * capital in {@link #dailyReturns}.
 *
 * <p>Open conventions ([O] in §9.3) chosen here: {@code standard_deviation} is the sample one
 * (ddof = 1) × √252; {@code sharpe_ratio = mean · 252 / standard_deviation} (this identity holds to
 * 5 digits in the response above); {@code sortino_ratio = mean / √(Σ_{r<0} r² / n) · √252}, as
 * quantstats; {@code skewness} and {@code kurtosis} are pandas' bias-corrected ones, kurtosis in
 * excess of 3; against a benchmark value series of the same days, {@code beta = cov(r, b) /
 * var(b)}, {@code alpha = (mean(r) − beta · mean(b)) · 252}, {@code pearson_r} the correlation of
 * daily returns and {@code r_square} its square.
 */
public record ComposerStats(
        double cumulativeReturn,
        double annualizedRateOfReturn,
        double maxDrawdown,
        double calmarRatio,
        double sharpeRatio,
        double sortinoRatio,
        double standardDeviation,
        double mean,
        double median,
        double min,
        double max,
        double skewness,
        double kurtosis,
        double winRate,
        double trailingOneDayReturn,
        double trailingOneWeekReturn,
        double trailingTwoWeekReturn,
        double trailingOneMonthReturn,
        double trailingThreeMonthReturn,
        double trailingOneYearReturn,
        double alpha,
        double beta,
        double rSquare,
        double pearsonR) {

    /**
     * Statistics of a value series started from {@code capital}; against the benchmark's value
     * series over the same days when given (its scale does not matter), else alpha, beta, r_square
     * and pearson_r are NaN.
     */
    public static ComposerStats of(double capital, double[] values, double @Nullable [] benchmarkValues) {
        if (benchmarkValues != null && benchmarkValues.length != values.length) {
            throw new IllegalArgumentException(
                    "benchmark has " + benchmarkValues.length + " values, not " + values.length);
        }
        double[] r = dailyReturns(values);
        double @Nullable [] b = benchmarkValues == null ? null : dailyReturns(benchmarkValues);
        double cum = cumulativeReturn(capital, values);
        double annual = annualizedRateOfReturn(capital, values);
        double dd = maxDrawdown(values);
        return new ComposerStats(
                cum,
                annual,
                dd,
                dd > 0 ? annual / dd : Double.NaN,
                sharpeRatio(r),
                Returns.sortino(r),
                standardDeviation(r),
                Returns.mean(r),
                median(r),
                Returns.worst(r),
                Returns.best(r),
                Returns.skew(r),
                Returns.kurtosis(r),
                winRate(r),
                trailingReturn(values, 1),
                trailingReturn(values, 5),
                trailingReturn(values, 10),
                trailingReturn(values, 21),
                trailingReturn(values, 63),
                trailingReturn(values, 252),
                b == null ? Double.NaN : alpha(r, b),
                b == null ? Double.NaN : beta(r, b),
                b == null ? Double.NaN : square(pearsonR(r, b)),
                b == null ? Double.NaN : pearsonR(r, b));
    }

    /** The daily returns the statistics use (see the class comment). */
    public static double[] dailyReturns(double[] values) {
        return Returns.fromValues(values);
    }

    /** {@code cumulative_return = V_last / capital − 1}; NaN without values. */
    public static double cumulativeReturn(double capital, double[] values) {
        return values.length == 0 ? Double.NaN : values[values.length - 1] / capital - 1;
    }

    /** {@code annualized_rate_of_return = (1 + cumulative_return)^(252 / N) − 1}, N values. */
    public static double annualizedRateOfReturn(double capital, double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        return Math.pow(1 + cumulativeReturn(capital, values), (double) Returns.PERIODS / values.length) - 1;
    }

    /**
     * {@code max_drawdown}: the largest {@code 1 − V_t / max(V_0 … V_t)}, a positive fraction (0
     * without a decline); the peak is taken over the values only, not the capital. NaN without
     * values.
     */
    public static double maxDrawdown(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double peak = values[0];
        double worst = 0;
        for (double v : values) {
            peak = Math.max(peak, v);
            worst = Math.max(worst, 1 - v / peak);
        }
        return worst;
    }

    /** {@code standard_deviation}: sample standard deviation (ddof = 1) × √252; NaN when n < 2. */
    public static double standardDeviation(double[] r) {
        return Returns.volatility(r);
    }

    /** {@code sharpe_ratio = mean(r) · 252 / standard_deviation}; NaN when the deviation is 0. */
    public static double sharpeRatio(double[] r) {
        return Returns.sharpe(r);
    }

    /** {@code median} of the daily returns (mean of the middle two for an even count); NaN if empty. */
    public static double median(double[] r) {
        if (r.length == 0) {
            return Double.NaN;
        }
        double[] s = r.clone();
        Arrays.sort(s);
        int mid = s.length / 2;
        return s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    }

    /** {@code win_rate}: share of positive daily returns among all of them; NaN if none. */
    public static double winRate(double[] r) {
        if (r.length == 0) {
            return Double.NaN;
        }
        int wins = 0;
        for (double x : r) {
            if (x > 0) {
                wins++;
            }
        }
        return (double) wins / r.length;
    }

    /**
     * {@code V_last / V_{last−days} − 1}: the trailing return over the last {@code days} trading
     * days (1 day, week 5, two weeks 10, month 21, three months 63, year 252); NaN when there are
     * not {@code days + 1} values.
     */
    public static double trailingReturn(double[] values, int days) {
        int last = values.length - 1;
        if (last - days < 0) {
            return Double.NaN;
        }
        return values[last] / values[last - days] - 1;
    }

    /** {@code beta = cov(r, b) / var(b)}; NaN when n < 2 or the benchmark does not move. */
    public static double beta(double[] r, double[] b) {
        double varB = covariance(b, b);
        return varB > 0 ? covariance(r, b) / varB : Double.NaN;
    }

    /** {@code alpha = (mean(r) − beta · mean(b)) · 252}, annualized as quantstats' greeks. */
    public static double alpha(double[] r, double[] b) {
        return (Returns.mean(r) - beta(r, b) * Returns.mean(b)) * Returns.PERIODS;
    }

    /** Pearson correlation of the daily returns; NaN when either series does not move. */
    public static double pearsonR(double[] r, double[] b) {
        double denominator = Math.sqrt(covariance(r, r) * covariance(b, b));
        return denominator > 0 ? covariance(r, b) / denominator : Double.NaN;
    }

    private static double covariance(double[] x, double[] y) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mx = Returns.mean(x);
        double my = Returns.mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (x.length - 1);
    }

    private static double square(double x) {
        return x * x;
    }

    /** The statistics under Composer's snake_case names, in declaration order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("cumulative_return", cumulativeReturn);
        m.put("annualized_rate_of_return", annualizedRateOfReturn);
        m.put("max_drawdown", maxDrawdown);
        m.put("calmar_ratio", calmarRatio);
        m.put("sharpe_ratio", sharpeRatio);
        m.put("sortino_ratio", sortinoRatio);
        m.put("standard_deviation", standardDeviation);
        m.put("mean", mean);
        m.put("median", median);
        m.put("min", min);
        m.put("max", max);
        m.put("skewness", skewness);
        m.put("kurtosis", kurtosis);
        m.put("win_rate", winRate);
        m.put("trailing_one_day_return", trailingOneDayReturn);
        m.put("trailing_one_week_return", trailingOneWeekReturn);
        m.put("trailing_two_week_return", trailingTwoWeekReturn);
        m.put("trailing_one_month_return", trailingOneMonthReturn);
        m.put("trailing_three_month_return", trailingThreeMonthReturn);
        m.put("trailing_one_year_return", trailingOneYearReturn);
        m.put("alpha", alpha);
        m.put("beta", beta);
        m.put("r_square", rSquare);
        m.put("pearson_r", pearsonR);
        return Collections.unmodifiableMap(m);
    }
}
