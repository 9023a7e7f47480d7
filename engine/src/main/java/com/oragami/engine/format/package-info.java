/**
 * Reading and writing symphony texts. {@link com.oragami.engine.format.SymphonyReader} sniffs the
 * {@link com.oragami.engine.format.Format} (Composer JSON score, EDN map, defsymphony), unwraps
 * backtest requests ({@link com.oragami.engine.format.BacktestRequest}) and returns a {@link
 * com.oragami.engine.format.SymphonyDocument} with a source map, or every problem found; {@link
 * com.oragami.engine.format.ScoreWriter} writes the canonical JSON score. Both JSON and EDN are
 * first read into one positioned {@link com.oragami.engine.format.Value} form, so the score node
 * builder ({@code format.json.ScoreTreeBuilder}) exists once; {@link
 * com.oragami.engine.format.Limits} guards against hostile input.
 */
@NullMarked
package com.oragami.engine.format;

import org.jspecify.annotations.NullMarked;
