package com.oragami.engine.check;

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
import com.oragami.engine.symphony.SourceMap;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.symphony.Weight;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rules no single field can: positive windows, specified weights adding up to 100 %,
 * {@code select-n} ≥ 1, no empty blocks or branches, supported functions, a sane corridor, and
 * (when a universe is given) tickers that have prices. Finds every problem in one walk.
 *
 * <p>Specified weights that do not add up to 100 % are a warning, not an error: real exported
 * symphonies carry them (0.5 + 0.12 + 0.06 in {@code testaroo-specified-weights.edn}), and the
 * evaluator scales them to 100 % (format spec §4.2 leaves this open).
 */
public final class Checker implements NodeVisitor<Void> {

    static final double WEIGHT_SUM_TOLERANCE = 1e-6;

    private final SourceMap sourceMap;
    private final @Nullable Set<Ticker> universe;
    private final List<Problem> problems = new ArrayList<>();
    private String path = NodePath.ROOT;

    private Checker(SourceMap sourceMap, @Nullable Set<Ticker> universe) {
        this.sourceMap = sourceMap;
        this.universe = universe;
    }

    /** Every problem of the symphony; locations come from the reader's source map. */
    public static List<Problem> check(Symphony symphony, SourceMap sourceMap) {
        return new Checker(sourceMap, null).run(symphony);
    }

    /** As {@link #check(Symphony, SourceMap)}, and every ticker must be in {@code universe}. */
    public static List<Problem> check(Symphony symphony, SourceMap sourceMap, Set<Ticker> universe) {
        return new Checker(sourceMap, Set.copyOf(universe)).run(symphony);
    }

    private List<Problem> run(Symphony symphony) {
        symphony.rebalance().corridorWidth().ifPresent(width -> {
            if (!(width > 0 && width < 1)) {
                error(
                        "corridor-out-of-range",
                        "rebalance corridor must be a fraction between 0 and 1 (0.05 = 5 %), got " + width);
            }
        });
        if (symphony.children().isEmpty()) {
            error("empty-block", "the symphony holds no block; add a weighting block under root");
        } else if (symphony.children().size() > 1) {
            warning(
                    "several-root-blocks",
                    "root holds " + symphony.children().size() + " blocks; they share the weight equally");
        }
        children(symphony.children());
        return List.copyOf(problems);
    }

    @Override
    public Void visitAsset(Asset node) {
        if (universe != null && !universe.contains(node.ticker())) {
            unknownTicker(node.ticker());
        }
        return null;
    }

    @Override
    public Void visitCash(Cash node) {
        return null;
    }

    @Override
    public Void visitGroup(Group node) {
        notEmpty(node.children(), "group \"" + node.name() + "\"");
        children(node.children());
        return null;
    }

    @Override
    public Void visitEqualWeight(EqualWeight node) {
        notEmpty(node.children(), "wt-cash-equal");
        children(node.children());
        return null;
    }

    @Override
    public Void visitSpecifiedWeight(SpecifiedWeight node) {
        notEmpty(node.children(), "wt-cash-specified");
        for (int i = 0; i < node.weights().size(); i++) {
            Weight weight = node.weights().get(i);
            if (!(weight.fraction() >= 0)) {
                error(
                        "weight-invalid",
                        "weight of child " + i + " must be a non-negative fraction, got " + weight.num() + "/"
                                + weight.den());
            }
        }
        double total = node.total();
        if (!node.children().isEmpty() && Double.isFinite(total)) {
            if (Math.abs(total - 1.0) > WEIGHT_SUM_TOLERANCE) {
                warning(
                        "weights-not-100",
                        "specified weights add up to " + percent(total) + " %, not 100 %; they are scaled to 100 %");
            }
        }
        children(node.children());
        return null;
    }

    @Override
    public Void visitInverseVolatilityWeight(InverseVolatilityWeight node) {
        notEmpty(node.children(), "wt-inverse-vol");
        window(node.window(), "wt-inverse-vol");
        children(node.children());
        return null;
    }

    @Override
    public Void visitMarketCapWeight(MarketCapWeight node) {
        notEmpty(node.children(), "wt-marketcap");
        warning("market-cap-unavailable", "no market-cap data is available; wt-marketcap weights its children equally");
        children(node.children());
        return null;
    }

    @Override
    public Void visitIfElse(IfElse node) {
        String ifPath = path;
        List<Branch> branches = node.allBranches();
        for (int i = 0; i < branches.size(); i++) {
            Branch branch = branches.get(i);
            path = NodePath.branch(ifPath, i);
            if (branch.children().isEmpty()) {
                error(
                        "empty-branch",
                        (branch.isElse() ? "the else branch" : "the then branch") + " holds no block; add an asset,"
                                + " a block, or an empty (cash) block");
            }
            branch.when().ifPresent(this::condition);
            children(branch.children());
        }
        path = ifPath;
        return null;
    }

    @Override
    public Void visitFilter(Filter node) {
        notEmpty(node.children(), "filter");
        IndicatorKind kind = node.ranking().kind();
        supported(kind);
        if (kind.windowed()) {
            window(node.ranking().window(), "filter sort-by " + kind.scoreName());
        }
        if (node.ranking().count() < 1) {
            error(
                    "select-n-not-positive",
                    "select-n must be a whole number ≥ 1, got " + node.ranking().count());
        }
        if (!kind.returnBased() && node.children().stream().anyMatch(c -> !(c instanceof Asset))) {
            warning(
                    "price-indicator-on-block",
                    kind.scoreName() + " needs a price, but some candidates are blocks; they are ranked on their"
                            + " simulated value series");
        }
        children(node.children());
        return null;
    }

    private void condition(Condition condition) {
        if (condition instanceof Condition.Comparison comparison) {
            call(comparison.left());
            if (comparison.right() instanceof IndicatorCall right) {
                call(right);
            }
        } else if (condition instanceof Condition.AllOf all) {
            conditions(all.conditions());
        } else if (condition instanceof Condition.AnyOf any) {
            conditions(any.conditions());
        }
    }

    private void conditions(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            error("empty-condition", "a compound condition needs at least one condition");
        }
        conditions.forEach(this::condition);
    }

    private void call(IndicatorCall call) {
        supported(call.kind());
        if (call.kind().windowed()) {
            window(call.window(), call.kind().scoreName() + " of " + call.ticker());
        }
        if (universe != null && !universe.contains(call.ticker())) {
            unknownTicker(call.ticker());
        }
    }

    private void supported(IndicatorKind kind) {
        if (!kind.supported()) {
            error(
                    "function-not-supported",
                    kind.scoreName() + " is not supported (Composer does not support it either)");
        }
    }

    private void window(int window, String what) {
        if (window < 1) {
            error("window-not-positive", "window of " + what + " must be a whole number ≥ 1, got " + window);
        }
    }

    private void unknownTicker(Ticker ticker) {
        error("unknown-ticker", "no price data for " + ticker + "; add it to the data set or use another ticker");
    }

    private void notEmpty(List<Node> children, String what) {
        if (children.isEmpty()) {
            error("empty-block", what + " holds no block");
        }
    }

    private void children(List<Node> children) {
        String parent = path;
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            path = NodePath.child(parent, child, i);
            child.accept(this);
        }
        path = parent;
    }

    private Location here() {
        return sourceMap.locate(path);
    }

    private void error(String code, String message) {
        problems.add(Problem.error(code, message, here()));
    }

    private void warning(String code, String message) {
        problems.add(Problem.warning(code, message, here()));
    }

    private static String percent(double fraction) {
        return java.math.BigDecimal.valueOf(fraction * 100)
                .setScale(4, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }
}
