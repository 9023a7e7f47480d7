package com.oragami.bench;

import com.oragami.engine.backtest.BacktestResult;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 4's batch goal (1 600 backtests in ≤ 60 s on 2 cores), as a plain timed program because a
 * minute-long operation does not suit JMH. The 10 real symphonies are parsed and their prices
 * (bundled, synthetic where missing) loaded once; then backtest {@code i} of the batch prepares and
 * runs symphony {@code i mod 10} with the CLI's default settings over its full history, on a fixed
 * pool of threads. A warm-up batch of one pass over the 10 files runs first. Arguments: {@code
 * [count=1600] [threads=2] [repeats=1]}; {@code -Doragami.root} as for the JMH benchmarks. Besides
 * the wall time it prints the CPU time the backtest threads used, which on a shared machine is the
 * better guide to what the batch costs on two free cores (CPU time / threads).
 *
 * <pre>java -cp bench/target/oragami-bench.jar com.oragami.bench.BatchMain 1600 2</pre>
 */
public final class BatchMain {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private BatchMain() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1600;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path root = Inputs.root("");
        List<Symphony> symphonies = new ArrayList<>();
        List<PriceTable> prices = new ArrayList<>();
        for (String name : Inputs.ALL_REAL) {
            Symphony s = Inputs.symphony(Inputs.file(root, name));
            symphonies.add(s);
            prices.add(Inputs.prices(s));
        }
        for (int k = 0; k < symphonies.size(); k++) {
            long t0 = System.nanoTime();
            BacktestResult r = Inputs.backtest(symphonies.get(k), prices.get(k), Inputs.SETTINGS);
            System.out.printf(
                    Locale.ROOT,
                    "warm-up %-58s %5d days %8.1f ms%n",
                    Inputs.ALL_REAL.get(k),
                    r.size(),
                    (System.nanoTime() - t0) / 1e6);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int rep = 0; rep < repeats; rep++) {
                long start = System.nanoTime();
                List<Future<long[]>> done = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    int k = i % symphonies.size();
                    done.add(pool.submit(() -> {
                        long cpu0 = CPU.getCurrentThreadCpuTime();
                        int size = Inputs.backtest(symphonies.get(k), prices.get(k), Inputs.SETTINGS)
                                .size();
                        return new long[] {size, CPU.getCurrentThreadCpuTime() - cpu0};
                    }));
                }
                long days = 0;
                long cpu = 0;
                for (Future<long[]> f : done) {
                    days += f.get()[0];
                    cpu += f.get()[1];
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "batch: %d backtests (%d simulated days) on %d threads in %.2f s wall (%.1f ms per backtest);"
                                + " %.2f s CPU in the backtest threads (%.2f s per thread)%n",
                        count,
                        days,
                        threads,
                        seconds,
                        seconds * 1000 / count,
                        cpu / 1e9,
                        cpu / 1e9 / threads);
            }
        } finally {
            pool.shutdown();
        }
    }
}
