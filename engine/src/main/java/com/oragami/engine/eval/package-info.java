/**
 * Evaluation of a symphony on a trading day: {@link com.oragami.engine.eval.SymphonyEvaluator}
 * precomputes every indicator series the tree needs and answers, for a day index, the target
 * {@link com.oragami.engine.eval.Allocation} and the {@link com.oragami.engine.eval.Decision}s that
 * explain it. One evaluator serves backtests, the live run and replay.
 */
@NullMarked
package com.oragami.engine.eval;

import org.jspecify.annotations.NullMarked;
