package com.oragami.engine.metrics;

/**
 * Drawdown statistics of a daily return series, pinned to quantstats 0.0.81. The equity curve is
 * rebuilt from the returns as {@code E_t = Π_{s≤t}(1 + r_s)} with a phantom starting point {@code
 * E_{−1} = 1} (quantstats' baseline for returns), so a loss on the first day is a drawdown.
 * Drawdowns are negative fractions, as in quantstats.
 */
public final class Drawdowns {

    private Drawdowns() {}

    /** {@code to_drawdown_series}: {@code E_t / max(1, E_0 … E_t) − 1} for each day, ≤ 0. */
    public static double[] series(double[] r) {
        double[] dd = new double[r.length];
        double equity = 1;
        double peak = 1;
        for (int t = 0; t < r.length; t++) {
            equity *= 1 + r[t];
            peak = Math.max(peak, equity);
            dd[t] = equity / peak - 1;
        }
        return dd;
    }

    /** {@code max_drawdown}: the minimum of {@link #series} (≤ 0); NaN for an empty series. */
    public static double maxDrawdown(double[] r) {
        double min = Double.NaN;
        for (double d : series(r)) {
            min = Double.isNaN(min) ? d : Math.min(min, d);
        }
        return min;
    }

    /** {@code calmar}: {@code cagr / |max_drawdown|}; NaN when there is no drawdown. */
    public static double calmar(double[] r) {
        double dd = maxDrawdown(r);
        if (Double.isNaN(dd) || dd == 0) {
            return Double.NaN;
        }
        return Returns.cagr(r) / Math.abs(dd);
    }

    /**
     * {@code recovery_factor}: {@code |Σ r| / |max_drawdown|} with the simple (not compounded) sum
     * of returns, as quantstats since 0.0.62; NaN when there is no drawdown.
     */
    public static double recoveryFactor(double[] r) {
        double dd = maxDrawdown(r);
        if (Double.isNaN(dd) || dd == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double x : r) {
            sum += x;
        }
        return Math.abs(sum) / Math.abs(dd);
    }

    /**
     * {@code ulcer_index}: {@code √(Σ dd_t² / (n − 1))} over the drawdown {@link #series} (note the
     * n − 1). NaN when n < 2.
     */
    public static double ulcerIndex(double[] r) {
        if (r.length < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (double d : series(r)) {
            sum += d * d;
        }
        return Math.sqrt(sum / (r.length - 1));
    }
}
