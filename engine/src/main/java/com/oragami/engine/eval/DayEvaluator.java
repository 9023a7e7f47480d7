package com.oragami.engine.eval;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
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
import com.oragami.engine.symphony.NodePath;
import com.oragami.engine.symphony.NodeVisitor;
import com.oragami.engine.symphony.Ranking;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.symphony.Weight;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;

/**
 * Evaluates a tree as of the close of one day, reading precomputed series only (spec §3–§5). A node
 * receives a weight and passes it on:
 *
 * <ul>
 *   <li>{@code wt-cash-equal}, {@code group}: {@code 1/k} to each of its k child blocks.
 *   <li>{@code wt-cash-specified}: child i gets {@code num_i/den_i} normalized by the sum of all the
 *       children's fractions, so the node's whole weight is always invested [open: Composer requires
 *       a sum of 100 %; the checker warns when it is not]. A fraction that is undefined (den 0) or
 *       negative counts as 0; if none is positive the weight stays in cash.
 *   <li>{@code wt-inverse-vol}: weight ∝ 1/σ_i, σ the sample SD of the child's last {@code window}
 *       daily returns (the window holds {@code window} returns [open]). A child with σ undefined or 0
 *       is left out with a warning; if every child is left out they share equally [open].
 *   <li>{@code wt-marketcap}: no market-cap data exists, so equal weights (warned once at prepare).
 *   <li>{@code if}: the first conditional branch whose condition holds gets the whole weight, spread
 *       equally over its children; otherwise the else branch does. A comparison with an undefined
 *       side is false, with a warning naming indicator, ticker and date.
 *   <li>{@code filter}: children are scored by the ranking indicator, stably sorted (descending for
 *       top, ascending for bottom, ties keep child order) and the first {@code select-n} (all, if
 *       fewer) share the weight equally. A child without a score is left out with a warning; if no
 *       child has a score, all children share the weight equally [open, see {@link
 *       #ALL_UNSCORED_SHARE_EQUALLY}].
 *   <li>{@code empty}: the weight stays in cash; {@code asset}: the weight is added to its ticker.
 * </ul>
 *
 * A fixed threshold compared with a percent-unit indicator is converted with {@code
 * Unit.thresholdToInternal} (−5 becomes −0.05); two indicators are compared raw. Compound
 * conditions stop at the first comparison that decides them.
 *
 * <p>A silent evaluator (used to simulate blocks' NAVs) neither traces nor warns. Not thread-safe:
 * one instance per evaluation or per simulation.
 */
final class DayEvaluator implements NodeVisitor<Void> {

    /**
     * When no child of a filter has a score: true gives every child an equal share, false would
     * leave the filter's weight in cash.
     */
    static final boolean ALL_UNSCORED_SHARE_EQUALLY = true;

    private final BlockSeries blocks;
    private final Comparisons comparisons;
    private final Holdings holdings;
    private final boolean trace;
    private final NodePaths paths;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private int day;
    private double weight;
    private String[] steps = new String[32];
    private int[] indices = new int[32];
    private int depth;
    /** The path of the first {@link #builtDepth} steps of the stack, with the length after each. */
    private final StringBuilder pathText = new StringBuilder(NodePath.ROOT);

    private int[] pathLengths = new int[33];
    private int builtDepth;

    private DayEvaluator(BlockSeries blocks, boolean trace, NodePaths paths) {
        this.blocks = blocks;
        this.comparisons = blocks.comparisons();
        this.holdings = blocks.newHoldings();
        this.trace = trace;
        this.paths = paths;
        this.pathLengths[0] = NodePath.ROOT.length();
    }

    static DayEvaluator silent(BlockSeries blocks) {
        return new DayEvaluator(blocks, false, NodePaths.NONE);
    }

    static DayEvaluator tracing(BlockSeries blocks, NodePaths paths) {
        return new DayEvaluator(blocks, true, paths);
    }

    /** Evaluates a block with weight 1 on day t and returns what its holdings earn on day t + 1. */
    double earnNextDay(Node block, int t, double[][] returns) {
        holdings.clear();
        day = t;
        weight = 1.0;
        depth = 0;
        block.accept(this);
        return holdings.earn(returns, t + 1);
    }

    /** Evaluates a symphony's top blocks (equal shares) on a day, with trace and warnings. */
    DayEvaluation evaluate(List<Node> top, int day) {
        holdings.clear();
        decisions.clear();
        warnings.clear();
        this.day = day;
        depth = 0;
        for (int i = 0; i < top.size(); i++) {
            descend(top.get(i), top.get(i).step(), i, 1.0 / top.size());
        }
        SortedMap<Ticker, Double> held = holdings.positive();
        LocalDate date = blocks.prices().date(day);
        for (Ticker ticker : held.keySet()) {
            if (Double.isNaN(blocks.prices().closes(ticker)[day])) {
                warnings.add(Problem.warning(
                        "no-close",
                        "holds " + ticker + " on " + date + " but it has no close that day",
                        Location.UNKNOWN));
            }
        }
        return new DayEvaluation(day, date, new Allocation(held), decisions, warnings);
    }

    private void descend(Node child, String step, int index, double share) {
        push(step, index);
        double saved = weight;
        weight = share;
        child.accept(this);
        weight = saved;
        depth--;
    }

    private void push(String step, int index) {
        if (depth == steps.length) {
            steps = Arrays.copyOf(steps, depth * 2);
            indices = Arrays.copyOf(indices, depth * 2);
        }
        steps[depth] = step;
        indices[depth] = index;
        if (builtDepth > depth) {
            builtDepth = depth;
        }
        depth++;
    }

    /**
     * The current stack's path, built only when a decision or warning needs it: the prefix still on
     * the stack since the last call is reused, so a path costs its length, not its depth squared.
     */
    private String path() {
        if (pathLengths.length <= depth) {
            pathLengths = Arrays.copyOf(pathLengths, Math.max(depth + 1, pathLengths.length * 2));
        }
        pathText.setLength(pathLengths[builtDepth]);
        for (int k = builtDepth; k < depth; k++) {
            NodePaths.appendStep(pathText, steps[k], indices[k]);
            pathLengths[k + 1] = pathText.length();
        }
        builtDepth = depth;
        return pathText.toString();
    }

    /** The path of the node being visited (the top of the stack): shared across days where known. */
    private String pathOf(Node node) {
        String known = paths.of(node);
        return known != null ? known : path();
    }

    private void equally(List<Node> children) {
        int k = children.size();
        for (int i = 0; i < k; i++) {
            Node child = children.get(i);
            descend(child, child.step(), i, weight / k);
        }
    }

    @Override
    public Void visitAsset(Asset node) {
        holdings.add(node.ticker(), weight);
        return null;
    }

    @Override
    public Void visitCash(Cash node) {
        return null;
    }

    @Override
    public Void visitGroup(Group node) {
        equally(node.children());
        return null;
    }

    @Override
    public Void visitEqualWeight(EqualWeight node) {
        equally(node.children());
        return null;
    }

    @Override
    public Void visitMarketCapWeight(MarketCapWeight node) {
        equally(node.children());
        return null;
    }

    @Override
    public Void visitSpecifiedWeight(SpecifiedWeight node) {
        List<Weight> weights = node.weights();
        double total = 0;
        for (Weight w : weights) {
            total += usable(w.fraction());
        }
        if (!(total > 0)) {
            return null;
        }
        List<Node> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            descend(child, child.step(), i, weight * usable(weights.get(i).fraction()) / total);
        }
        return null;
    }

    private static double usable(double fraction) {
        return fraction > 0 ? fraction : 0;
    }

    @Override
    public Void visitInverseVolatilityWeight(InverseVolatilityWeight node) {
        double[][] sigmas = blocks.volatilities(node);
        List<Node> children = node.children();
        int k = children.size();
        double[] inverse = new double[k];
        double total = 0;
        int usable = 0;
        for (int i = 0; i < k; i++) {
            double sigma = sigmas[i][day];
            if (sigma > 0 && Double.isFinite(sigma)) {
                inverse[i] = 1.0 / sigma;
                total += inverse[i];
                usable++;
            } else if (trace) {
                warnings.add(Problem.warning(
                        "volatility-undefined",
                        "cannot compute the " + node.window() + "-day volatility of " + label(node, i) + " on "
                                + date() + (Double.isNaN(sigma) ? "" : " (it is 0)")
                                + "; left out of the inverse-volatility weights",
                        here()));
            }
        }
        double[] shares = new double[k];
        for (int i = 0; i < k; i++) {
            shares[i] = usable == 0 ? 1.0 / k : inverse[i] / total;
        }
        if (trace) {
            List<InverseVolatilityDecision.Candidate> candidates = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                candidates.add(new InverseVolatilityDecision.Candidate(label(node, i), sigmas[i][day], shares[i]));
            }
            decisions.add(new InverseVolatilityDecision(pathOf(node), candidates));
        }
        for (int i = 0; i < k; i++) {
            if (shares[i] > 0) {
                Node child = children.get(i);
                descend(child, child.step(), i, weight * shares[i]);
            }
        }
        return null;
    }

    @Override
    public Void visitIfElse(IfElse node) {
        List<Branch> branches = node.branches();
        List<IfDecision.ConditionOutcome> tested = trace ? new ArrayList<>() : null;
        int taken = branches.size();
        for (int i = 0; i < branches.size(); i++) {
            if (holds(branches.get(i).condition(), tested, i)) {
                taken = i;
                break;
            }
        }
        Branch branch = taken < branches.size() ? branches.get(taken) : node.otherwise();
        if (trace) {
            decisions.add(new IfDecision(pathOf(node), tested, taken, branch.isElse()));
        }
        push("if-child", taken);
        equally(branch.children());
        depth--;
        return null;
    }

    private boolean holds(Condition condition, List<IfDecision.ConditionOutcome> tested, int branch) {
        if (condition instanceof Condition.Comparison comparison) {
            return compare(comparison, tested, branch);
        }
        if (condition instanceof Condition.AllOf all) {
            for (Condition part : all.conditions()) {
                if (!holds(part, tested, branch)) {
                    return false;
                }
            }
            return true;
        }
        for (Condition part : ((Condition.AnyOf) condition).conditions()) {
            if (holds(part, tested, branch)) {
                return true;
            }
        }
        return false;
    }

    private boolean compare(Condition.Comparison comparison, List<IfDecision.ConditionOutcome> tested, int branch) {
        Comparisons.Resolved resolved = comparisons.get(comparison);
        double leftValue = resolved.left()[day];
        double[] right = resolved.right();
        double rightValue = right == null ? resolved.threshold() : right[day];
        boolean result = comparison.comparator().test(leftValue, rightValue);
        if (trace) {
            tested.add(new IfDecision.ConditionOutcome(resolved.text(), leftValue, rightValue, result));
            IndicatorCall undefined = Double.isNaN(leftValue)
                    ? comparison.left()
                    : Double.isNaN(rightValue) ? (IndicatorCall) comparison.right() : null;
            if (undefined != null) {
                push("if-child", branch);
                warnings.add(Problem.warning(
                        "condition-undefined",
                        "cannot compute " + IndicatorCalls.describe(undefined) + " on " + date() + "; the comparison "
                                + comparison + " counts as false",
                        here()));
                depth--;
            }
        }
        return result;
    }

    @Override
    public Void visitFilter(Filter node) {
        double[][] scores = blocks.scores(node);
        Ranking ranking = node.ranking();
        List<Node> children = node.children();
        int k = children.size();
        int[] order = new int[k];
        int scored = 0;
        for (int i = 0; i < k; i++) {
            double score = scores[i][day];
            if (Double.isNaN(score)) {
                if (trace) {
                    warnings.add(Problem.warning(
                            "filter-score-undefined",
                            "cannot compute "
                                    + IndicatorCalls.describe(ranking.kind(), ranking.window(), label(node, i))
                                    + " on " + date() + "; left out of the ranking",
                            here()));
                }
                continue;
            }
            // insertion sort: stable, and children are few
            int at = scored++;
            while (at > 0 && before(score, scores[order[at - 1]][day], ranking.selection())) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        int kept;
        if (scored == 0 && ALL_UNSCORED_SHARE_EQUALLY) {
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            kept = k;
        } else {
            kept = Math.min(Math.max(ranking.count(), 0), scored);
        }
        if (trace) {
            decisions.add(filterDecision(node, scores, order, scored, kept));
        }
        // the kept children in child order, so the accumulation order does not depend on scores
        int[] keptChildren = Arrays.copyOf(order, kept);
        Arrays.sort(keptChildren);
        for (int i : keptChildren) {
            Node child = children.get(i);
            descend(child, child.step(), i, weight / kept);
        }
        return null;
    }

    private static boolean before(double score, double other, Ranking.Selection selection) {
        return selection == Ranking.Selection.TOP ? score > other : score < other;
    }

    private FilterDecision filterDecision(Filter node, double[][] scores, int[] order, int scored, int kept) {
        List<Node> children = node.children();
        List<FilterDecision.Candidate> candidates = new ArrayList<>(children.size());
        boolean[] listed = new boolean[children.size()];
        int ranked = Math.max(scored, kept);
        for (int r = 0; r < ranked; r++) {
            int i = order[r];
            listed[i] = true;
            candidates.add(new FilterDecision.Candidate(label(node, i), scores[i][day], r < kept));
        }
        for (int i = 0; i < children.size(); i++) {
            if (!listed[i]) {
                candidates.add(new FilterDecision.Candidate(label(node, i), scores[i][day], false));
            }
        }
        Ranking ranking = node.ranking();
        String text = ranking.selection().scoreName() + " " + ranking.count() + " by "
                + (ranking.kind().windowed() ? ranking.window() + "-day " : "")
                + ranking.kind().scoreName();
        return new FilterDecision(pathOf(node), text, candidates);
    }

    /** The ticker of an asset child, a group's name, else the child's node path. */
    private String label(Node parent, int i) {
        Node child = parent.children().get(i);
        if (child instanceof Asset asset) {
            return asset.ticker().symbol();
        }
        if (child instanceof Group group && !group.name().isBlank()) {
            return group.name();
        }
        String known = paths.of(child);
        return known != null ? known : NodePath.child(pathOf(parent), child, i);
    }

    private LocalDate date() {
        return blocks.prices().date(day);
    }

    private Location here() {
        return Location.ofPath("", path());
    }
}
