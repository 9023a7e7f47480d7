/**
 * Technical indicators as array kernels. {@link com.oragami.engine.indicator.IndicatorKind} maps
 * Composer's function names to kernels and says each one's unit; {@link
 * com.oragami.engine.indicator.Indicator} is the kernel contract ({@code double[]} closes in, a
 * same-length {@code double[]} out, NaN before the first defined index). One package-private class
 * per kernel holds the formula and the evidence for it.
 */
@NullMarked
package com.oragami.engine.indicator;

import org.jspecify.annotations.NullMarked;
