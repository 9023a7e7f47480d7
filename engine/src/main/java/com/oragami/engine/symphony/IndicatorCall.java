package com.oragami.engine.symphony;

import com.oragami.engine.indicator.IndicatorKind;
import java.util.Objects;

/**
 * An indicator applied to a ticker with a window in trading days, e.g. RSI(TQQQ, 10). The window
 * of an unwindowed function ({@code current-price}) is 0.
 */
public record IndicatorCall(IndicatorKind kind, Ticker ticker, int window) implements Operand {

    public IndicatorCall {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ticker, "ticker");
        if (!kind.windowed()) {
            window = 0;
        }
    }

    /** {@code relative-strength-index(TQQQ, 10)}, {@code current-price(SPY)}. */
    @Override
    public String toString() {
        return kind.scoreName() + "(" + ticker + (kind.windowed() ? ", " + window : "") + ")";
    }
}
