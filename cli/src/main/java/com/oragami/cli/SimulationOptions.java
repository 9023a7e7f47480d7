package com.oragami.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --capital} and {@code --slippage-bps}, shared by the commands that simulate trading. */
final class SimulationOptions {

    @Option(
            names = "--capital",
            paramLabel = "N",
            defaultValue = "10000",
            description = "Starting capital in dollars, per symphony (default: ${DEFAULT-VALUE}).")
    double capital;

    @Option(
            names = "--slippage-bps",
            paramLabel = "X",
            defaultValue = "5",
            description = "Slippage in basis points of traded notional, both sides (default: ${DEFAULT-VALUE},"
                    + " Composer's).")
    double slippageBps;

    /** A {@link UserError} for a capital or slippage that cannot be simulated. */
    void validate() {
        if (!(capital > 0) || !Double.isFinite(capital)) {
            throw new UserError("--capital must be a positive amount of dollars, got " + capital);
        }
        if (!(slippageBps >= 0) || !(slippageBps < 10_000)) {
            throw new UserError("--slippage-bps must be 0 or more and below 10000, got " + slippageBps);
        }
    }

    /** A value series as {@code [{"date": …, "value": …}, …]}. */
    static List<Map<String, Object>> series(List<LocalDate> dates, double[] values) {
        List<Map<String, Object>> points = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("date", dates.get(i));
            point.put("value", values[i]);
            points.add(point);
        }
        return points;
    }
}
