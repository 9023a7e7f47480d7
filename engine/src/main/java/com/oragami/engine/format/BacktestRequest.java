package com.oragami.engine.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a backtest request wrapping a symphony carried (format spec §9.1); every field is optional
 * because requests leave them out. {@code slippagePercent} is a fraction despite its name (0.0005
 * = 5 bp), as in Composer's requests.
 */
public record BacktestRequest(
        OptionalDouble capital,
        OptionalDouble slippagePercent,
        Optional<LocalDate> start,
        Optional<LocalDate> end,
        List<String> benchmarkTickers,
        boolean applyRegFee,
        boolean applyTafFee) {

    public BacktestRequest {
        Objects.requireNonNull(capital, "capital");
        Objects.requireNonNull(slippagePercent, "slippagePercent");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        benchmarkTickers = List.copyOf(benchmarkTickers);
    }
}
