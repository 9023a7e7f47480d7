package com.oragami.engine.symphony;

/** One side of a {@link Condition.Comparison}: an indicator on a ticker, or a fixed number. */
public sealed interface Operand permits IndicatorCall, Constant {}
