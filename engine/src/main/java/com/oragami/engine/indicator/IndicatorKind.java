package com.oragami.engine.indicator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Composer's indicator functions (format spec §6): the score name, the {@code defsymphony} names,
 * the unit, whether a window is required, and the kernel. The last six are named by Composer's API
 * but not supported by it; reading them gives a "not supported" problem.
 */
public enum IndicatorKind {
    CURRENT_PRICE("current-price", List.of("current-price"), Unit.DOLLARS, false, new CurrentPrice()),
    MOVING_AVERAGE_PRICE(
            "moving-average-price",
            List.of("moving-average-price", "sma"),
            Unit.DOLLARS,
            true,
            new MovingAveragePrice()),
    EXPONENTIAL_MOVING_AVERAGE_PRICE(
            "exponential-moving-average-price",
            List.of("exponential-moving-average-price", "ema"),
            Unit.DOLLARS,
            true,
            new ExponentialMovingAveragePrice()),
    RELATIVE_STRENGTH_INDEX(
            "relative-strength-index",
            List.of("rsi", "relative-strength-index"),
            Unit.INDEX,
            true,
            new RelativeStrengthIndex()),
    CUMULATIVE_RETURN("cumulative-return", List.of("cumulative-return"), Unit.PERCENT, true, new CumulativeReturn()),
    MOVING_AVERAGE_RETURN(
            "moving-average-return", List.of("moving-average-return"), Unit.PERCENT, true, new MovingAverageReturn()),
    STANDARD_DEVIATION_RETURN(
            "standard-deviation-return",
            List.of("stdev-return", "standard-deviation-return"),
            Unit.PERCENT,
            true,
            new StandardDeviationReturn()),
    STANDARD_DEVIATION_PRICE(
            "standard-deviation-price",
            List.of("stdev-price", "standard-deviation-price"),
            Unit.DOLLARS,
            true,
            new StandardDeviationPrice()),
    MAX_DRAWDOWN("max-drawdown", List.of("max-drawdown"), Unit.PERCENT, true, new MaxDrawdown()),
    PERCENTAGE_PRICE_OSCILLATOR("percentage-price-oscillator", List.of(), Unit.PERCENT, true, null),
    PERCENTAGE_PRICE_OSCILLATOR_SIGNAL("percentage-price-oscillator-signal", List.of(), Unit.PERCENT, true, null),
    MOVING_AVERAGE_CONVERGENCE_DIVERGENCE("moving-average-convergence-divergence", List.of(), Unit.DOLLARS, true, null),
    MOVING_AVERAGE_CONVERGENCE_DIVERGENCE_SIGNAL(
            "moving-average-convergence-divergence-signal", List.of(), Unit.DOLLARS, true, null),
    LOWER_BOLLINGER("lower-bollinger", List.of(), Unit.DOLLARS, true, null),
    UPPER_BOLLINGER("upper-bollinger", List.of(), Unit.DOLLARS, true, null);

    private static final Map<String, IndicatorKind> BY_SCORE_NAME =
            Stream.of(values()).collect(Collectors.toMap(IndicatorKind::scoreName, Function.identity()));
    private static final Map<String, IndicatorKind> BY_TEXT_NAME = Stream.of(values())
            .flatMap(kind -> kind.textNames.stream().map(name -> Map.entry(name, kind)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String scoreName;
    private final List<String> textNames;
    private final Unit unit;
    private final boolean windowed;
    private final @Nullable Indicator kernel;

    IndicatorKind(String scoreName, List<String> textNames, Unit unit, boolean windowed, @Nullable Indicator kernel) {
        this.scoreName = scoreName;
        this.textNames = textNames;
        this.unit = unit;
        this.windowed = windowed;
        this.kernel = kernel;
    }

    /** The kind for a Composer score (JSON/EDN) name such as {@code relative-strength-index}. */
    public static Optional<IndicatorKind> ofScoreName(String name) {
        return Optional.ofNullable(BY_SCORE_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The kind for a {@code defsymphony} function name such as {@code rsi} or {@code stdev-return}. */
    public static Optional<IndicatorKind> ofTextName(String name) {
        IndicatorKind kind = BY_TEXT_NAME.get(name.toLowerCase(Locale.ROOT));
        return kind != null ? Optional.of(kind) : ofScoreName(name);
    }

    /** The name Composer's JSON score uses. */
    public String scoreName() {
        return scoreName;
    }

    /** The name {@code defsymphony} text uses (the shortest alias). */
    public String textName() {
        return textNames.isEmpty() ? scoreName : textNames.get(0);
    }

    public Unit unit() {
        return unit;
    }

    /** Whether the function takes a window ({@code current-price} does not). */
    public boolean windowed() {
        return windowed;
    }

    /** Whether the engine (and Composer) can compute it. */
    public boolean supported() {
        return kernel != null;
    }

    /**
     * Whether the function only uses returns, so it can score a non-asset child through its
     * simulated return series (spec §5.4).
     */
    public boolean returnBased() {
        return this == RELATIVE_STRENGTH_INDEX
                || this == CUMULATIVE_RETURN
                || this == MOVING_AVERAGE_RETURN
                || this == STANDARD_DEVIATION_RETURN
                || this == MAX_DRAWDOWN;
    }

    /** The kernel; only for {@link #supported()} kinds. */
    public Indicator kernel() {
        if (kernel == null) {
            throw new UnsupportedOperationException(scoreName + " is not supported");
        }
        return kernel;
    }

    /** Computes this indicator over a whole close series; {@code window} is ignored if unwindowed. */
    public double[] compute(double[] close, int window) {
        return kernel().compute(close, windowed ? window : 0);
    }

    /** The first index at which a series without gaps has a value. */
    public int firstIndex(int window) {
        return kernel().firstIndex(windowed ? window : 0);
    }
}
