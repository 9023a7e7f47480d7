package com.oragami.engine.eval;

import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.prices.PriceTable;
import com.oragami.engine.symphony.Asset;
import com.oragami.engine.symphony.Branch;
import com.oragami.engine.symphony.Cash;
import com.oragami.engine.symphony.Condition;
import com.oragami.engine.symphony.EqualWeight;
import com.oragami.engine.symphony.Filter;
import com.oragami.engine.symphony.Group;
import com.oragami.engine.symphony.IfElse;
import com.oragami.engine.symphony.IndicatorCall;
import com.oragami.engine.symphony.InverseVolatilityWeight;
import com.oragami.engine.symphony.MarketCapWeight;
import com.oragami.engine.symphony.Node;
import com.oragami.engine.symphony.NodeVisitor;
import com.oragami.engine.symphony.Ranking;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Ticker;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The per-node series of a tree, each computed once over the whole day axis and memoized by node
 * identity: the scores of a filter's children, the volatilities of an inverse-volatility node's
 * children, the simulated NAV of a non-asset child (spec §5.4), and the first day each node can be
 * evaluated on.
 *
 * <p>Simulated NAV of a block [open question in the spec, chosen here]: from the block's first
 * evaluable day {@code f} the NAV is 100; each day {@code t} the block is evaluated as of the close
 * of {@code t} (daily rebalanced, no costs) and {@code NAV_{t+1} = NAV_t · (1 + Σ w_i(t) ·
 * r_i(t+1))}, with {@code r} an asset's simple close-to-close return (a day without a close earns 0,
 * the next close is measured from the last known one) and cash earning 0. Before {@code f} the NAV is
 * NaN. The ranking or volatility kernel is then applied to that NAV as to closes.
 *
 * <p>Computed lazily but completely during {@link SymphonyEvaluator#prepare}; afterwards only read,
 * so evaluation may run on several threads.
 */
final class BlockSeries {

    private final PriceTable prices;
    private final IndicatorCache cache;
    private final Ticker[] tickers;
    private final Map<Ticker, Integer> tickerIndex;
    private final Comparisons comparisons;
    /** Held returns per ticker, made when the first block NAV is simulated. */
    private double @Nullable [][] returns;

    private final Map<Node, double[]> navs = new IdentityHashMap<>();
    private final Map<Node, double[][]> childSeries = new IdentityHashMap<>();
    private final Map<Node, Integer> firstDays = new IdentityHashMap<>();
    private final FirstDay firstDay = new FirstDay();

    BlockSeries(
            PriceTable prices,
            IndicatorCache cache,
            Comparisons comparisons,
            Ticker[] tickers,
            Map<Ticker, Integer> tickerIndex) {
        this.prices = prices;
        this.cache = cache;
        this.comparisons = comparisons;
        this.tickers = tickers;
        this.tickerIndex = tickerIndex;
    }

    private double[][] returns() {
        double[][] made = returns;
        if (made == null) {
            made = new double[tickers.length][];
            for (int i = 0; i < tickers.length; i++) {
                made[i] = heldReturns(prices.closes(tickers[i]));
            }
            returns = made;
        }
        return made;
    }

    PriceTable prices() {
        return prices;
    }

    IndicatorCache cache() {
        return cache;
    }

    Comparisons comparisons() {
        return comparisons;
    }

    Holdings newHoldings() {
        return new Holdings(tickers, tickerIndex);
    }

    /** The score series of each child of a filter, by child index. */
    double[][] scores(Filter filter) {
        double[][] series = childSeries.get(filter);
        if (series == null) {
            Ranking ranking = filter.ranking();
            series = perChild(filter.children(), ranking.kind(), ranking.window());
            childSeries.put(filter, series);
        }
        return series;
    }

    /** The volatility series (daily SD of returns over the window) of each child, by child index. */
    double[][] volatilities(InverseVolatilityWeight node) {
        double[][] series = childSeries.get(node);
        if (series == null) {
            series = perChild(node.children(), IndicatorKind.STANDARD_DEVIATION_RETURN, node.window());
            childSeries.put(node, series);
        }
        return series;
    }

    private double[][] perChild(List<Node> children, IndicatorKind kind, int window) {
        double[][] series = new double[children.size()][];
        for (int i = 0; i < series.length; i++) {
            Node child = children.get(i);
            series[i] = child instanceof Asset asset
                    ? cache.series(new IndicatorCall(kind, asset.ticker(), window))
                    : kind.compute(nav(child), window);
        }
        return series;
    }

    /** The simulated NAV of a block (base 100 on its first evaluable day, NaN before). */
    double[] nav(Node block) {
        double[] nav = navs.get(block);
        if (nav != null) {
            return nav;
        }
        nav = new double[prices.size()];
        Arrays.fill(nav, Double.NaN);
        int first = firstDay(block);
        if (first >= 0) {
            DayEvaluator evaluator = DayEvaluator.silent(this);
            double[][] returns = returns();
            nav[first] = 100.0;
            for (int t = first; t + 1 < nav.length; t++) {
                nav[t + 1] = nav[t] * (1.0 + evaluator.earnNextDay(block, t, returns));
            }
        }
        navs.put(block, nav);
        return nav;
    }

    /** The first day index on which every series the node's subtree reads is defined, −1 if never. */
    int firstDay(Node node) {
        Integer known = firstDays.get(node);
        if (known == null) {
            known = node.accept(firstDay);
            firstDays.put(node, known);
        }
        return known;
    }

    /** Returns earned by holding: {@code P_t / P_last − 1} on the forward-filled closes, 0 where unknown. */
    private static double[] heldReturns(double[] closes) {
        double[] out = new double[closes.length];
        double last = Double.NaN;
        for (int t = 0; t < closes.length; t++) {
            double p = closes[t];
            if (Double.isNaN(p)) {
                continue;
            }
            if (!Double.isNaN(last)) {
                out[t] = p / last - 1.0;
            }
            last = p;
        }
        return out;
    }

    /** −1 (never) wins, otherwise the later day. */
    private static int latest(int a, int b) {
        return a < 0 || b < 0 ? -1 : Math.max(a, b);
    }

    private final class FirstDay implements NodeVisitor<Integer> {

        private int overChildren(List<Node> children) {
            int first = 0;
            for (Node child : children) {
                first = latest(first, firstDay(child));
            }
            return first;
        }

        private int overSeries(double[][] series, int first) {
            for (double[] s : series) {
                first = latest(first, IndicatorCache.firstDefined(s));
            }
            return first;
        }

        private int overCondition(Condition condition) {
            if (condition instanceof Condition.Comparison comparison) {
                int first = cache.firstDefined(comparison.left());
                return comparison.right() instanceof IndicatorCall call
                        ? latest(first, cache.firstDefined(call))
                        : first;
            }
            List<Condition> parts = condition instanceof Condition.AllOf all
                    ? all.conditions()
                    : ((Condition.AnyOf) condition).conditions();
            int first = 0;
            for (Condition part : parts) {
                first = latest(first, overCondition(part));
            }
            return first;
        }

        @Override
        public Integer visitAsset(Asset node) {
            return prices.firstIndex(node.ticker());
        }

        @Override
        public Integer visitCash(Cash node) {
            return 0;
        }

        @Override
        public Integer visitGroup(Group node) {
            return overChildren(node.children());
        }

        @Override
        public Integer visitEqualWeight(EqualWeight node) {
            return overChildren(node.children());
        }

        @Override
        public Integer visitSpecifiedWeight(SpecifiedWeight node) {
            return overChildren(node.children());
        }

        @Override
        public Integer visitInverseVolatilityWeight(InverseVolatilityWeight node) {
            return overSeries(volatilities(node), overChildren(node.children()));
        }

        @Override
        public Integer visitMarketCapWeight(MarketCapWeight node) {
            return overChildren(node.children());
        }

        @Override
        public Integer visitIfElse(IfElse node) {
            int first = 0;
            for (Branch branch : node.allBranches()) {
                if (branch.condition() != null) {
                    first = latest(first, overCondition(branch.condition()));
                }
                first = latest(first, overChildren(branch.children()));
            }
            return first;
        }

        @Override
        public Integer visitFilter(Filter node) {
            return overSeries(scores(node), overChildren(node.children()));
        }
    }
}
