/**
 * Benchmarks of the engine on the real symphonies of the engine's test resources: JMH benchmarks
 * ({@link com.oragami.bench.EvaluateBenchmark}, {@link com.oragami.bench.PrepareBenchmark}, {@link
 * com.oragami.bench.BacktestBenchmark}), the 1 600-backtest batch ({@link
 * com.oragami.bench.BatchMain}) and the same operations timed by CPU time ({@link
 * com.oragami.bench.CpuMain}). Run with {@code bin/bench}.
 */
@NullMarked
package com.oragami.bench;

import org.jspecify.annotations.NullMarked;
