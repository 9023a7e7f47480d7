package com.oragami.engine.metrics;

/**
 * Statistics of a daily simple-return series, pinned to quantstats 0.0.81 ({@code
 * quantstats/stats.py}) with {@code periods = 252} and {@code rf = 0}.
 *
 * <p>Common conventions:
 *
 * <ul>
 *   <li>Input: simple daily returns {@code r_0 … r_{n−1}} (0.01 = +1 %). quantstats'
 *       {@code _prepare_returns} replaces ±∞ and NaN by 0; so does {@link #prepare}. Its guess
 *       that a series of non-negative values above 1 is a price series is not reproduced: the
 *       input is always returns.
 *   <li>Zero-return days stay in every statistic (mean, std, counts) except {@link #winRate},
 *       {@link #avgReturn} (which drop them, as quantstats' {@code returns[returns != 0]}) and
 *       {@link #avgWin}/{@link #avgLoss} (which take one sign only).
 *   <li>Standard deviations are the sample ones (pandas {@code .std()}, ddof = 1); skew and
 *       kurtosis are pandas' bias-corrected estimators, kurtosis in excess of 3.
 *   <li>Undefined cases are NaN and documented per function. Where quantstats returns a silent
 *       0 for an undefined case ({@code win_rate} without non-zero days, {@code profit_factor}
 *       without any return) we return NaN instead.
 * </ul>
 */
public final class Returns {

    /** Trading days a year used to annualize. */
    public static final int PERIODS = 252;

    /** Φ⁻¹(0.95): the 95 % one-sided normal quantile, as {@code scipy.stats.norm.ppf(0.95)}. */
    static final double Z_95 = 1.6448536269514722;

    private Returns() {}

    /** The returns with every non-finite value replaced by 0 (quantstats' {@code _prepare_returns}). */
    public static double[] prepare(double[] returns) {
        double[] out = returns.clone();
        for (int i = 0; i < out.length; i++) {
            if (!Double.isFinite(out[i])) {
                out[i] = 0;
            }
        }
        return out;
    }

    /** Simple returns of a value series: {@code r_t = V_{t+1}/V_t − 1}, one fewer than the values. */
    public static double[] fromValues(double[] values) {
        double[] out = new double[Math.max(0, values.length - 1)];
        for (int t = 0; t < out.length; t++) {
            out[t] = values[t + 1] / values[t] - 1;
        }
        return out;
    }

    /** Arithmetic mean; NaN for an empty series. */
    public static double mean(double[] r) {
        if (r.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double x : r) {
            sum += x;
        }
        return sum / r.length;
    }

    /** Sample standard deviation {@code √(Σ(r−mean)²/(n−1))} (ddof = 1); NaN when n < 2. */
    public static double std(double[] r) {
        if (r.length < 2) {
            return Double.NaN;
        }
        double m = mean(r);
        double ss = 0;
        for (double x : r) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (r.length - 1));
    }

    /** {@code comp}: total compounded return {@code Π(1 + r_t) − 1}; 0 for an empty series. */
    public static double comp(double[] r) {
        double wealth = 1;
        for (double x : r) {
            wealth *= 1 + x;
        }
        return wealth - 1;
    }

    /**
     * {@code cagr}: {@code (1 + comp)^(1/years) − 1} with {@code years = n / 252}. Since 0.0.70
     * quantstats counts trading periods, not calendar days, so no dates are needed. NaN for an
     * empty series; quantstats takes {@code |1 + comp|}, so a wealth below 0 (a return below
     * −100 %) yields the root of its magnitude.
     */
    public static double cagr(double[] r) {
        if (r.length == 0) {
            return Double.NaN;
        }
        double years = (double) r.length / PERIODS;
        return Math.pow(Math.abs(1 + comp(r)), 1 / years) - 1;
    }

    /** {@code volatility}: {@code std(r) · √252} (ddof = 1); NaN when n < 2. */
    public static double volatility(double[] r) {
        return std(r) * Math.sqrt(PERIODS);
    }

    /**
     * {@code sharpe}: {@code mean(r) / std(r) · √252} (ddof = 1, rf = 0). NaN when n < 2 or the
     * standard deviation is 0 (quantstats divides and gets ±∞ or NaN there).
     */
    public static double sharpe(double[] r) {
        double sd = std(r);
        if (!(sd > 0)) {
            return Double.NaN;
        }
        return mean(r) / sd * Math.sqrt(PERIODS);
    }

    /**
     * {@code sortino} (Red Rock Capital's form): {@code mean(r) / √(Σ_{r<0} r² / n) · √252}; the
     * downside deviation divides by the count of all returns, zero days included. NaN when there
     * is no negative return (downside 0) or the series is empty.
     */
    public static double sortino(double[] r) {
        double sq = 0;
        for (double x : r) {
            if (x < 0) {
                sq += x * x;
            }
        }
        if (r.length == 0 || sq == 0) {
            return Double.NaN;
        }
        double downside = Math.sqrt(sq / r.length);
        return mean(r) / downside * Math.sqrt(PERIODS);
    }

    /** {@code avg_return}: mean of the non-zero returns; NaN when every return is 0. */
    public static double avgReturn(double[] r) {
        double sum = 0;
        int n = 0;
        for (double x : r) {
            if (x != 0) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** {@code avg_win}: mean of the positive returns; NaN when there is none. */
    public static double avgWin(double[] r) {
        double sum = 0;
        int n = 0;
        for (double x : r) {
            if (x > 0) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** {@code avg_loss}: mean of the negative returns (a negative number); NaN when there is none. */
    public static double avgLoss(double[] r) {
        double sum = 0;
        int n = 0;
        for (double x : r) {
            if (x < 0) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * {@code win_rate}: positive days over non-zero days, {@code #(r>0) / #(r≠0)}. NaN when every
     * return is 0 (quantstats warns and returns 0.0 there).
     */
    public static double winRate(double[] r) {
        int wins = 0;
        int nonZero = 0;
        for (double x : r) {
            if (x != 0) {
                nonZero++;
                if (x > 0) {
                    wins++;
                }
            }
        }
        return nonZero == 0 ? Double.NaN : (double) wins / nonZero;
    }

    /**
     * {@code profit_factor}: {@code Σ_{r≥0} r / |Σ_{r<0} r|}. Without losses it is +∞ when there
     * were gains (as quantstats) and NaN when there were none (quantstats: 0.0).
     */
    public static double profitFactor(double[] r) {
        double wins = 0;
        double losses = 0;
        for (double x : r) {
            if (x >= 0) {
                wins += x;
            } else {
                losses += x;
            }
        }
        losses = Math.abs(losses);
        if (losses == 0) {
            return wins == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
        }
        return wins / losses;
    }

    /**
     * {@code value_at_risk} (variance-covariance, 95 %, sigma 1): {@code norm.ppf(0.05, mean, std)
     * = mean − 1.6448536…·std} (ddof = 1), a daily return, negative for a loss. NaN when n < 2.
     */
    public static double valueAtRisk(double[] r) {
        return mean(r) - Z_95 * std(r);
    }

    /**
     * {@code conditional_value_at_risk} as in 0.0.81 (changed in 0.0.83): the mean of the returns
     * strictly below the parametric {@link #valueAtRisk}, or the VaR itself when none is below.
     * NaN when n < 2.
     */
    public static double conditionalValueAtRisk(double[] r) {
        double var = valueAtRisk(r);
        if (Double.isNaN(var)) {
            return Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (double x : r) {
            if (x < var) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? var : sum / n;
    }

    /**
     * {@code kelly_criterion}, the fixed-odds fraction of 0.0.81 (and again 0.0.84): {@code (b·p −
     * q) / b} with {@code p = win_rate}, {@code q = 1 − p}, {@code b = avg_win / |avg_loss|}. NaN
     * when b is 0 or undefined (no gains, or no losses).
     */
    public static double kellyCriterion(double[] r) {
        double b = avgWin(r) / Math.abs(avgLoss(r));
        if (Double.isNaN(b) || b == 0) {
            return Double.NaN;
        }
        double p = winRate(r);
        return (b * p - (1 - p)) / b;
    }

    /**
     * {@code skew}: pandas' adjusted Fisher–Pearson skewness {@code G1 = √(n(n−1))/(n−2) ·
     * m3/m2^{3/2}} with population moments {@code m_k = Σ(r−mean)^k / n}. NaN when n < 3; 0 for a
     * constant series (pandas' convention when m2 = 0).
     */
    public static double skew(double[] r) {
        int n = r.length;
        if (n < 3) {
            return Double.NaN;
        }
        double m = mean(r);
        double m2 = 0;
        double m3 = 0;
        for (double x : r) {
            double d = x - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= n;
        m3 /= n;
        if (m2 == 0) {
            return 0;
        }
        return Math.sqrt((double) n * (n - 1)) / (n - 2) * m3 / Math.pow(m2, 1.5);
    }

    /**
     * {@code kurtosis}: pandas' bias-corrected excess kurtosis {@code G2 = n(n+1)(n−1)·Σd⁴ /
     * ((n−2)(n−3)·(Σd²)²) − 3(n−1)²/((n−2)(n−3))} with {@code d = r − mean}. NaN when n < 4; 0 for
     * a constant series (pandas' convention).
     */
    public static double kurtosis(double[] r) {
        int n = r.length;
        if (n < 4) {
            return Double.NaN;
        }
        double m = mean(r);
        double s2 = 0;
        double s4 = 0;
        for (double x : r) {
            double d = x - m;
            s2 += d * d;
            s4 += d * d * d * d;
        }
        if (s2 == 0) {
            return 0;
        }
        double nn = n;
        return nn * (nn + 1) * (nn - 1) * s4 / ((nn - 2) * (nn - 3) * s2 * s2)
                - 3 * (nn - 1) * (nn - 1) / ((nn - 2) * (nn - 3));
    }

    /** {@code best}: the largest daily return; NaN for an empty series. */
    public static double best(double[] r) {
        double best = Double.NaN;
        for (double x : r) {
            best = Double.isNaN(best) ? x : Math.max(best, x);
        }
        return best;
    }

    /** {@code worst}: the smallest daily return; NaN for an empty series. */
    public static double worst(double[] r) {
        double worst = Double.NaN;
        for (double x : r) {
            worst = Double.isNaN(worst) ? x : Math.min(worst, x);
        }
        return worst;
    }
}
