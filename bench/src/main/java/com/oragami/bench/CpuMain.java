package com.oragami.bench;

import com.oragami.engine.backtest.BacktestSettings;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Symphony;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JMH suite's operations timed by the CPU time of the one thread that runs them, for a machine
 * shared with other work, where wall-clock averages measure the neighbours as much as the code. Each
 * operation is warmed up for {@code warmup} seconds, then run {@code n} times; prints mean ±
 * standard deviation, minimum and median of the thread's CPU time, then the process's CPU time per
 * operation (with GC and compiler threads) and the mean wall time, all in milliseconds. Arguments: {@code
 * [warmup=5] [n=20] [name-filter]}.
 *
 * <pre>java -cp bench/target/oragami-bench.jar com.oragami.bench.CpuMain 5 20</pre>
 */
public final class CpuMain {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CpuMain() {}

    public static void main(String[] args) {
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String filter = args.length > 2 ? args[2] : "";
        Path root = Inputs.root("");
        Symphony tqqq = Inputs.symphony(Inputs.file(root, Inputs.TQQQ_FTLT));
        PriceTable tqqqPrices = Inputs.prices(tqqq);
        Symphony sink = Inputs.symphony(Inputs.file(root, Inputs.KITCHEN_SINK));
        PriceTable sinkPrices = Inputs.prices(sink);
        PriceTable sinkSynthetic = Inputs.allSynthetic(sink);
        BacktestSettings span = Inputs.SETTINGS.withDates(LocalDate.of(2007, 1, 1), LocalDate.of(2026, 7, 31));
        SymphonyEvaluator sinkPrepared = Inputs.prepare(sink, sinkPrices);
        int day = sinkPrices.indexOnOrBefore(LocalDate.of(2024, 6, 3));

        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        ops.put("tqqqFullHistory", () -> Inputs.backtest(tqqq, tqqqPrices, Inputs.SETTINGS));
        ops.put("kitchenSink2007To2026", () -> Inputs.backtest(sink, sinkPrices, span));
        ops.put("kitchenSinkAllSynthetic2007To2026", () -> Inputs.backtest(sink, sinkSynthetic, span));
        ops.put("prepareKitchenSink", () -> Inputs.prepare(sink, sinkPrices));
        ops.put("evaluateKitchenSinkOneDay x1000", () -> {
            Object last = null;
            for (int i = 0; i < 1000; i++) {
                last = sinkPrepared.evaluate(day);
            }
            return last;
        });
        System.out.printf(
                Locale.ROOT,
                "%-36s %20s %9s %9s %10s %10s%n",
                "operation",
                "thread cpu ms (± sd)",
                "min",
                "median",
                "process",
                "wall");
        for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
            if (!op.getKey().contains(filter)) {
                continue;
            }
            long until = System.nanoTime() + (long) (warmup * 1e9);
            while (System.nanoTime() < until) {
                op.getValue().get();
            }
            double[] cpu = new double[n];
            double wall = 0;
            long process0 = PROCESS.getProcessCpuTime();
            for (int i = 0; i < n; i++) {
                long w0 = System.nanoTime();
                long c0 = CPU.getCurrentThreadCpuTime();
                op.getValue().get();
                cpu[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                wall += (System.nanoTime() - w0) / 1e6;
            }
            double process = (PROCESS.getProcessCpuTime() - process0) / 1e6 / n;
            double mean = Arrays.stream(cpu).average().orElse(Double.NaN);
            double sd = Math.sqrt(
                    Arrays.stream(cpu).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, n - 1));
            double[] sorted = cpu.clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "%-36s %11.2f ± %6.2f %9.2f %9.2f %10.2f %10.2f%n",
                    op.getKey(),
                    mean,
                    sd,
                    sorted[0],
                    sorted[n / 2],
                    process,
                    wall / n);
        }
    }
}
