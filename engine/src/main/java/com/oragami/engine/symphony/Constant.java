package com.oragami.engine.symphony;

/**
 * A fixed number as the user wrote it. For percent-unit indicators it is in percent points (−13
 * means −13 %); the evaluator converts (format spec §6.1).
 */
public record Constant(double value) implements Operand {

    public Constant {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("constant must be finite: " + value);
        }
    }

    @Override
    public String toString() {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
