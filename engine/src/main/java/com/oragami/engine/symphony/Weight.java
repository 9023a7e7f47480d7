package com.oragami.engine.symphony;

/**
 * A specified weight {@code num/den} as written ({@code {"num": 66.67, "den": 100}}, or {@code
 * {:num "01", :den "2"}}); kept as two numbers so writing it back loses nothing.
 */
public record Weight(double num, double den) {

    public Weight {
        if (!Double.isFinite(num) || !Double.isFinite(den)) {
            throw new IllegalArgumentException("weight must be finite: " + num + "/" + den);
        }
    }

    public static Weight ofFraction(double fraction) {
        return new Weight(fraction * 100.0, 100.0);
    }

    /** {@code num / den}; NaN when {@code den} is 0. */
    public double fraction() {
        return den == 0 ? Double.NaN : num / den;
    }
}
