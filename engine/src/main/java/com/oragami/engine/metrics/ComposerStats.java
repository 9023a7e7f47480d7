package com.oragami.engine.metrics;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Composer's backtest statistics ({@code stats} of a backtest response, spec §9.3) of a daily
 * value series {@code V_0 … V_{N−1}} that started from {@code capital}. Fractions throughout;
 * {@code max_drawdown} is positive here (Composer's sign), unlike quantstats'.
 *
 * <p>Pinned by {@code ComposerStatsConformanceTest} on a real Composer v2 response (symphony
 * INfCn3eKsu6i4oTTqdUp, 606 values, capital 10 000, {@code stats.size} 605): every statistic
 * below that the response reports reproduces to ≤ 1e-14 relative with these conventions.
 *
 * <ul>
 *   <li><b>Daily returns</b> are those of the series {@code capital, V_1, …, V_{N−1}}: {@code r_1 =
 *       V_1 / capital − 1}, {@code r_t = V_t / V_{t−1} − 1} for {@code t = 2 … N−1}; N − 1
 *       returns. The day-0 value (capital after the first buys' costs) is skipped, so the first
 *       day's costs land in {@code r_1}. Measured: with {@code r_1 = V_1 / V_0 − 1} the mean is off
 *       by 0.7 %; with the extra {@code r_0 = V_0 / capital − 1} (606 returns) by 0.17 % and {@code
 *       size} would be 606.
 *   <li>{@code mean}, {@code median}, {@code min}, {@code max} of those returns (daily, not
 *       annualized); {@code win_rate} = share of them that are positive (flat days count as not
 *       won).
 *   <li>{@code standard_deviation}: sample (ddof = 1) × √252 (ddof = 0 is off by 8e-4); {@code
 *       sharpe_ratio = mean · 252 / standard_deviation}.
 *   <li>{@code sortino_ratio = mean / √(Σ_{r<0} r² / n) · √252} (quantstats; dividing by n − 1 is
 *       off by 8e-4, the deviation of the negative days by 4e-3).
 *   <li>{@code skewness}, {@code kurtosis}: pandas' bias-corrected estimators, kurtosis in excess
 *       of 3 (the biased ones are off by 2.5e-3 and 8.7e-3).
 *   <li>{@code cumulative_return = V_last / capital − 1}; {@code annualized_rate_of_return = (1 +
 *       cumulative_return)^(252 / N) − 1} (N values); {@code max_drawdown} over the values (peak
 *       not including the capital); {@code calmar_ratio = annualized / max_drawdown}.
 *   <li>Trailing returns {@code V_last / V_base − 1} look back in <b>calendar</b> time when dates
 *       are given ({@link #of(double, List, double[], double[])}): the base is the first value
 *       dated on or after {@code last date − 7 days} (week), {@code − 14 days} (two weeks), {@code
 *       − 1 month}, {@code − 3 months}, {@code − 1 year} ({@link LocalDate#minusMonths} clamps to
 *       the month's end). Measured: the three-month base is 2026-03-02, the Monday after
 *       2026-02-28; a 5/10/63/252-trading-day lookback is off by 76 %, 29 %, 2.4 %, 0.3 %. "One
 *       day" is the previous value. A window reaching before the first date is NaN ([O]: Composer
 *       not observed). Without dates ({@link #of(double, double[], double[])}) the windows
 *       approximate these by 1, 5, 10, 21, 63 and 252 values.
 *   <li>Against a benchmark value series of the same days (not in the pinned response, so these
 *       are not verified against Composer): benchmark returns {@code b_t = B_t / B_{t−1} − 1}
 *       aligned with {@code r_t} by day, {@code beta = cov(r, b) / var(b)}, {@code alpha =
 *       (mean(r) − beta · mean(b)) · 252} (quantstats' greeks), {@code pearson_r} the correlation
 *       and {@code r_square} its square.
 * </ul>
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

    /** Trading-day lookbacks of the trailing returns: day, week, two weeks, month, 3 months, year. */
    private static final int[] TRADING_DAY_WINDOWS = {1, 5, 10, 21, 63, 252};

    /** Calendar lookbacks of the trailing returns; the first (one day) is the previous value. */
    private static final Period[] CALENDAR_WINDOWS = {
        Period.ofDays(1), Period.ofDays(7), Period.ofDays(14), Period.ofMonths(1), Period.ofMonths(3), Period.ofYears(1)
    };

    /**
     * Statistics of a value series started from {@code capital}, trailing windows counted in
     * values (1, 5, 10, 21, 63, 252) as no dates are known; against the benchmark's value series
     * over the same days when given (its scale does not matter), else alpha, beta, r_square and
     * pearson_r are NaN.
     */
    public static ComposerStats of(double capital, double[] values, double @Nullable [] benchmarkValues) {
        double[] trailing = new double[TRADING_DAY_WINDOWS.length];
        for (int i = 0; i < trailing.length; i++) {
            trailing[i] = trailingReturn(values, TRADING_DAY_WINDOWS[i]);
        }
        return of(capital, values, benchmarkValues, trailing);
    }

    /**
     * As {@link #of(double, double[], double[])}, with the trailing returns in calendar time as
     * Composer's (see the class comment); {@code dates[i]} is the day of {@code values[i]},
     * ascending.
     */
    public static ComposerStats of(
            double capital, List<LocalDate> dates, double[] values, double @Nullable [] benchmarkValues) {
        if (dates.size() != values.length) {
            throw new IllegalArgumentException("" + dates.size() + " dates for " + values.length + " values");
        }
        double[] trailing = new double[CALENDAR_WINDOWS.length];
        trailing[0] = trailingReturn(values, 1);
        for (int i = 1; i < trailing.length; i++) {
            trailing[i] = trailingReturn(dates, values, CALENDAR_WINDOWS[i]);
        }
        return of(capital, values, benchmarkValues, trailing);
    }

    private static ComposerStats of(
            double capital, double[] values, double @Nullable [] benchmarkValues, double[] trailing) {
        if (benchmarkValues != null && benchmarkValues.length != values.length) {
            throw new IllegalArgumentException(
                    "benchmark has " + benchmarkValues.length + " values, not " + values.length);
        }
        double[] r = dailyReturns(capital, values);
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
                trailing[0],
                trailing[1],
                trailing[2],
                trailing[3],
                trailing[4],
                trailing[5],
                b == null ? Double.NaN : alpha(r, b),
                b == null ? Double.NaN : beta(r, b),
                b == null ? Double.NaN : square(pearsonR(r, b)),
                b == null ? Double.NaN : pearsonR(r, b));
    }

    /**
     * The daily returns the statistics use: those of {@code capital, V_1, …, V_{N−1}}, N − 1 of
     * them (see the class comment); none for fewer than two values.
     */
    public static double[] dailyReturns(double capital, double[] values) {
        double[] r = Returns.fromValues(values);
        if (r.length > 0) {
            r[0] = values[1] / capital - 1;
        }
        return r;
    }

    /**
     * {@code V_t / V_{t−1} − 1} for {@code t = 1 … N−1}: the returns of the values alone, as taken
     * of a benchmark series; the strategy's statistics use {@link #dailyReturns(double,
     * double[])}.
     */
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
     * {@code V_last / V_{last−days} − 1}: the trailing return over the last {@code days} values,
     * the dateless stand-in for Composer's calendar windows (1 day, week 5, two weeks 10, month 21,
     * three months 63, year 252); NaN when there are not {@code days + 1} values.
     */
    public static double trailingReturn(double[] values, int days) {
        int last = values.length - 1;
        if (last - days < 0) {
            return Double.NaN;
        }
        return values[last] / values[last - days] - 1;
    }

    /**
     * {@code V_last / V_base − 1} with the base the first value dated on or after {@code last date
     * − period}; NaN when the first date is after that (the series does not reach back so far).
     */
    public static double trailingReturn(List<LocalDate> dates, double[] values, Period period) {
        int last = values.length - 1;
        if (last < 0 || dates.get(0).isAfter(dates.get(last).minus(period))) {
            return Double.NaN;
        }
        LocalDate from = dates.get(last).minus(period);
        int base = 0;
        while (dates.get(base).isBefore(from)) {
            base++;
        }
        return values[last] / values[base] - 1;
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
