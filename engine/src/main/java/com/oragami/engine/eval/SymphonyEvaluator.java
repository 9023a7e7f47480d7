package com.oragami.engine.eval;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Asset;
import com.oragami.engine.symphony.Filter;
import com.oragami.engine.symphony.Group;
import com.oragami.engine.symphony.IndicatorCall;
import com.oragami.engine.symphony.InverseVolatilityWeight;
import com.oragami.engine.symphony.Node;
import com.oragami.engine.symphony.NodePath;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates one symphony on the trading days of one {@link PriceTable}. {@link #prepare} walks the
 * tree once ({@link IndicatorCalls}), computes every indicator series over the whole day axis
 * ({@link IndicatorCache}) and every filter score, volatility and simulated block NAV ({@link
 * BlockSeries}); {@link #evaluate} then only reads arrays. The semantics of each node are listed on
 * {@link DayEvaluator}. Immutable after preparation and safe to share between threads.
 */
public final class SymphonyEvaluator {

    private final Symphony symphony;
    private final PriceTable prices;
    private final BlockSeries blocks;
    private final NodePaths paths;
    private final int firstDay;
    private final List<Problem> startWarnings;

    private SymphonyEvaluator(
            Symphony symphony, PriceTable prices, BlockSeries blocks, int firstDay, List<Problem> startWarnings) {
        this.symphony = symphony;
        this.prices = prices;
        this.blocks = blocks;
        this.paths = NodePaths.of(symphony);
        this.firstDay = firstDay;
        this.startWarnings = List.copyOf(startWarnings);
    }

    /**
     * Prepares the evaluation. Errors: a ticker the table lacks ({@code no-prices}), an indicator the
     * engine cannot compute ({@code unsupported-indicator}), a window below 1 ({@code
     * window-not-positive}). Warnings: {@code wt-marketcap} nodes ({@code market-cap-unavailable}), a
     * price-level ranking of a non-asset child ({@code price-indicator-on-block}, ranked on the
     * child's simulated NAV anyway), and the {@link #startWarnings()}.
     */
    public static Parsed<SymphonyEvaluator> prepare(Symphony symphony, PriceTable prices) {
        Objects.requireNonNull(symphony, "symphony");
        Objects.requireNonNull(prices, "prices");
        IndicatorCalls needs = IndicatorCalls.of(symphony);
        List<Problem> problems = new ArrayList<>(needs.problems());
        for (Map.Entry<Ticker, String> used : needs.tickers().entrySet()) {
            if (!prices.has(used.getKey())) {
                problems.add(Problem.error(
                        "no-prices",
                        "no prices for " + used.getKey() + " in " + prices.size() + " trading days of data",
                        Location.ofPath("", used.getValue())));
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return Parsed.failed(problems);
        }

        Ticker[] tickers = needs.tickers().keySet().stream().sorted().toArray(Ticker[]::new);
        Map<Ticker, Integer> index = new HashMap<>();
        for (int i = 0; i < tickers.length; i++) {
            index.put(tickers[i], i);
        }
        IndicatorCache cache = IndicatorCache.compute(needs.calls().keySet(), prices);
        BlockSeries blocks = new BlockSeries(prices, cache, Comparisons.of(symphony, cache), tickers, index);
        int first = prices.size() == 0 ? -1 : 0;
        for (Node top : symphony.children()) {
            int f = blocks.firstDay(top);
            first = first < 0 || f < 0 ? -1 : Math.max(first, f);
        }
        List<Problem> start = startWarnings(needs, prices, blocks, tickers);
        problems.addAll(start);
        return Parsed.of(new SymphonyEvaluator(symphony, prices, blocks, first, start), problems);
    }

    public Symphony symphony() {
        return symphony;
    }

    public PriceTable prices() {
        return prices;
    }

    /**
     * The first day index on which every series the tree reads is defined (indicators, filter scores,
     * volatilities, simulated block NAVs) and every asset has started trading; −1 if there is none.
     */
    public int firstDay() {
        return firstDay;
    }

    /**
     * One warning ({@code start-held-back}) per indicator series whose first value comes after the
     * first day on which every ticker has a close, e.g. {@code cannot compute 14-day
     * relative-strength-index of SPY until 2008-06-01}; {@code insufficient-history} when a series is
     * never defined. Series of simulated blocks name the block (group name or node path).
     */
    public List<Problem> startWarnings() {
        return startWarnings;
    }

    /** The target allocation and decision trace as of the close of a day index. */
    public DayEvaluation evaluate(int day) {
        if (day < 0 || day >= prices.size()) {
            throw new IndexOutOfBoundsException("day " + day + " outside 0.." + (prices.size() - 1));
        }
        return DayEvaluator.tracing(blocks, paths).evaluate(symphony.children(), day);
    }

    private static List<Problem> startWarnings(
            IndicatorCalls needs, PriceTable prices, BlockSeries blocks, Ticker[] tickers) {
        int allPrices = 0;
        for (Ticker ticker : tickers) {
            int f = prices.firstIndex(ticker);
            allPrices = f < 0 || allPrices < 0 ? -1 : Math.max(allPrices, f);
        }
        List<Problem> warnings = new ArrayList<>();
        for (Map.Entry<IndicatorCall, String> call : needs.calls().entrySet()) {
            int first = blocks.cache().firstDefined(call.getKey());
            warnAbout(warnings, IndicatorCalls.describe(call.getKey()), first, allPrices, prices, call.getValue());
        }
        Set<String> seen = new HashSet<>();
        for (IndicatorCalls.Ranked ranked : needs.rankedNodes()) {
            Node node = ranked.node();
            String path = ranked.path();
            double[][] series;
            String kindText;
            if (node instanceof Filter filter) {
                series = blocks.scores(filter);
                kindText = IndicatorCalls.describe(
                        filter.ranking().kind(), filter.ranking().window(), "");
            } else {
                InverseVolatilityWeight weight = (InverseVolatilityWeight) node;
                series = blocks.volatilities(weight);
                kindText = IndicatorCalls.describe(IndicatorKind.STANDARD_DEVIATION_RETURN, weight.window(), "");
            }
            for (int i = 0; i < series.length; i++) {
                Node child = node.children().get(i);
                if (child instanceof Asset) {
                    continue; // its series is an indicator call, warned above
                }
                String childPath = NodePath.child(path, child, i);
                String subject = child instanceof Group group && !group.name().isBlank()
                        ? "group '" + group.name() + "'"
                        : childPath;
                String description = kindText + subject;
                if (seen.add(description)) {
                    warnAbout(
                            warnings,
                            description,
                            IndicatorCache.firstDefined(series[i]),
                            allPrices,
                            prices,
                            childPath);
                }
            }
        }
        return warnings;
    }

    private static void warnAbout(
            List<Problem> warnings, String description, int first, int allPrices, PriceTable prices, String path) {
        if (first < 0) {
            warnings.add(Problem.warning(
                    "insufficient-history",
                    "cannot compute " + description + ": the prices do not reach far enough",
                    Location.ofPath("", path)));
        } else if (allPrices >= 0 && first > allPrices) {
            warnings.add(Problem.warning(
                    "start-held-back",
                    "cannot compute " + description + " until " + prices.date(first),
                    Location.ofPath("", path)));
        }
    }
}
