/** JMH benchmarks of the engine: evaluation and backtests of real symphonies. */
package com.oragami.bench;
