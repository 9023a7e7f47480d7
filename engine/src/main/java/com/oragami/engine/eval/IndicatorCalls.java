package com.oragami.engine.eval;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.indicator.IndicatorKind;
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
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a tree once and lists what evaluating it needs, in tree order: every indicator series on a
 * ticker (condition operands, the ranking of a filter's asset children, the volatility {@code
 * standard-deviation-return(window)} of an inverse-volatility node's asset children), every ticker
 * with the first node path that uses it, and the filter and inverse-volatility nodes with their
 * paths. It also reports what stops evaluation (unsupported indicators, windows below 1) as errors
 * and what qualifies it as warnings: a price-level ranking of a non-asset child (evaluated on the
 * child's simulated NAV anyway, spec §5.4) and {@code wt-marketcap} (no market-cap data: equal
 * weights).
 */
final class IndicatorCalls implements NodeVisitor<Void> {

    private final Map<IndicatorCall, String> calls = new LinkedHashMap<>();
    private final Map<Ticker, String> tickers = new LinkedHashMap<>();
    private final List<Ranked> rankedNodes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private String path = NodePath.ROOT;

    private IndicatorCalls() {}

    static IndicatorCalls of(Symphony symphony) {
        IndicatorCalls collected = new IndicatorCalls();
        collected.children(NodePath.ROOT, symphony.children());
        return collected;
    }

    /** Every valid indicator call on a ticker, with the first node path using it. */
    Map<IndicatorCall, String> calls() {
        return Collections.unmodifiableMap(calls);
    }

    /** Every ticker held or read, with the first node path using it. */
    Map<Ticker, String> tickers() {
        return Collections.unmodifiableMap(tickers);
    }

    /** A filter or inverse-volatility node and its path. */
    record Ranked(Node node, String path) {}

    /** Filter and inverse-volatility nodes with their paths, in tree order. */
    List<Ranked> rankedNodes() {
        return Collections.unmodifiableList(rankedNodes);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** {@code 14-day relative-strength-index of SPY}, {@code current-price of SPY}. */
    static String describe(IndicatorKind kind, int window, String subject) {
        return (kind.windowed() ? window + "-day " : "") + kind.scoreName() + " of " + subject;
    }

    static String describe(IndicatorCall call) {
        return describe(call.kind(), call.window(), call.ticker().symbol());
    }

    private void children(String parent, List<Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            Node child = nodes.get(i);
            String saved = path;
            path = NodePath.child(parent, child, i);
            child.accept(this);
            path = saved;
        }
    }

    @Override
    public Void visitAsset(Asset node) {
        tickers.putIfAbsent(node.ticker(), path);
        return null;
    }

    @Override
    public Void visitCash(Cash node) {
        return null;
    }

    @Override
    public Void visitGroup(Group node) {
        children(path, node.children());
        return null;
    }

    @Override
    public Void visitEqualWeight(EqualWeight node) {
        children(path, node.children());
        return null;
    }

    @Override
    public Void visitSpecifiedWeight(SpecifiedWeight node) {
        children(path, node.children());
        return null;
    }

    @Override
    public Void visitInverseVolatilityWeight(InverseVolatilityWeight node) {
        if (node.window() < 1) {
            problems.add(Problem.error(
                    "window-not-positive",
                    "inverse-volatility window must be a whole number >= 1, got " + node.window(),
                    here()));
        } else {
            rankedNodes.add(new Ranked(node, path));
            for (Node child : node.children()) {
                if (child instanceof Asset asset) {
                    addCall(new IndicatorCall(IndicatorKind.STANDARD_DEVIATION_RETURN, asset.ticker(), node.window()));
                }
            }
        }
        children(path, node.children());
        return null;
    }

    @Override
    public Void visitMarketCapWeight(MarketCapWeight node) {
        problems.add(Problem.warning(
                "market-cap-unavailable", "no market-cap data: wt-marketcap weights its children equally", here()));
        children(path, node.children());
        return null;
    }

    @Override
    public Void visitIfElse(IfElse node) {
        String ifPath = path;
        List<Branch> branches = node.allBranches();
        for (int i = 0; i < branches.size(); i++) {
            Branch branch = branches.get(i);
            String branchPath = NodePath.branch(ifPath, i);
            path = branchPath;
            branch.when().ifPresent(this::addCondition);
            children(branchPath, branch.children());
        }
        path = ifPath;
        return null;
    }

    @Override
    public Void visitFilter(Filter node) {
        Ranking ranking = node.ranking();
        if (checkKind(ranking.kind(), ranking.window())) {
            rankedNodes.add(new Ranked(node, path));
            for (int i = 0; i < node.children().size(); i++) {
                Node child = node.children().get(i);
                if (child instanceof Asset asset) {
                    addCall(new IndicatorCall(ranking.kind(), asset.ticker(), ranking.window()));
                } else if (!ranking.kind().returnBased()) {
                    problems.add(Problem.warning(
                            "price-indicator-on-block",
                            ranking.kind().scoreName() + " is a price level; a " + child.step()
                                    + " child has no price, so it is ranked on its simulated NAV (base 100)",
                            Location.ofPath("", NodePath.child(path, child, i))));
                }
            }
        }
        children(path, node.children());
        return null;
    }

    private void addCondition(Condition condition) {
        if (condition instanceof Condition.Comparison comparison) {
            addCall(comparison.left());
            if (comparison.right() instanceof IndicatorCall call) {
                addCall(call);
            }
        } else if (condition instanceof Condition.AllOf all) {
            all.conditions().forEach(this::addCondition);
        } else if (condition instanceof Condition.AnyOf any) {
            any.conditions().forEach(this::addCondition);
        }
    }

    private void addCall(IndicatorCall call) {
        tickers.putIfAbsent(call.ticker(), path);
        if (!calls.containsKey(call) && checkKind(call.kind(), call.window())) {
            calls.put(call, path);
        }
    }

    private boolean checkKind(IndicatorKind kind, int window) {
        if (!kind.supported()) {
            problems.add(Problem.error(
                    "unsupported-indicator",
                    kind.scoreName() + " is not supported (Composer does not compute it)",
                    here()));
            return false;
        }
        if (kind.windowed() && window < 1) {
            problems.add(Problem.error(
                    "window-not-positive",
                    kind.scoreName() + " window must be a whole number >= 1, got " + window,
                    here()));
            return false;
        }
        return true;
    }

    private Location here() {
        return Location.ofPath("", path);
    }
}
