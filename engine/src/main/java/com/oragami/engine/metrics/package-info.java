/**
 * Performance statistics of a daily return series, one static function per statistic with its
 * formula and conventions in the Javadoc. {@link com.oragami.engine.metrics.Returns} and {@link
 * com.oragami.engine.metrics.Drawdowns} reproduce quantstats 0.0.81 ({@code quantstats/stats.py},
 * 252 periods a year, risk-free rate 0) and are gathered in the typed {@link
 * com.oragami.engine.metrics.QuantStats}; {@link com.oragami.engine.metrics.ComposerStats} holds
 * Composer's own backtest statistics, computed from a value series. Undefined cases are NaN. This
 * package uses no other engine package.
 */
@NullMarked
package com.oragami.engine.metrics;

import org.jspecify.annotations.NullMarked;
