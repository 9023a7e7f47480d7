package com.oragami.engine.format.json;

import com.oragami.engine.Location;
import com.oragami.engine.format.Coercions;
import com.oragami.engine.format.GeneratedIds;
import com.oragami.engine.format.Issues;
import com.oragami.engine.format.Limits;
import com.oragami.engine.format.Value;
import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.symphony.Asset;
import com.oragami.engine.symphony.Branch;
import com.oragami.engine.symphony.Cash;
import com.oragami.engine.symphony.Comparator;
import com.oragami.engine.symphony.Condition;
import com.oragami.engine.symphony.Constant;
import com.oragami.engine.symphony.EqualWeight;
import com.oragami.engine.symphony.Filter;
import com.oragami.engine.symphony.Group;
import com.oragami.engine.symphony.IfElse;
import com.oragami.engine.symphony.IndicatorCall;
import com.oragami.engine.symphony.InverseVolatilityWeight;
import com.oragami.engine.symphony.MarketCapWeight;
import com.oragami.engine.symphony.Node;
import com.oragami.engine.symphony.NodeId;
import com.oragami.engine.symphony.NodePath;
import com.oragami.engine.symphony.Operand;
import com.oragami.engine.symphony.Ranking;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.SourceMap;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.symphony.Weight;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Builds the symphony model from a Composer score tree in the common {@link Value} form — the one
 * place that knows Composer's keys, for JSON (R1) and EDN maps (R2) alike. Desugars as it goes:
 * {@code lhs-fn-params.window} is preferred over {@code lhs-window-days}; numbers may be strings;
 * the right side is fixed iff {@code rhs-fixed-value?} is true, or the flag is absent, {@code
 * rhs-val} is numeric and there is no {@code rhs-fn} (spec §3.3); a {@code condition} block is
 * authoritative over the flat fields; cosmetic and stale keys are ignored. Finds every problem in
 * one pass and records each node's line and column by {@link NodePath}.
 *
 * <p>If-children are indexed in model order: conditional branches in document order, then the
 * else branch, so paths match the ones the checker derives from {@link IfElse#allBranches()} (in
 * every real file the else already comes last). A missing else branch reads as an empty one; a
 * node without {@code id} gets a {@link GeneratedIds generated} one.
 */
public final class ScoreTreeBuilder {

    private static final String ELSE_FLAG = "is-else-condition?";

    private final Issues issues;
    private final Coercions coerce;
    private final Map<String, Location> positions = new HashMap<>();
    private String symphonyName = "";
    private int nodes;
    private boolean overLimit;

    /** A built symphony and where its nodes stood. */
    public record Built(Symphony symphony, SourceMap sourceMap) {}

    private ScoreTreeBuilder(Issues issues) {
        this.issues = issues;
        this.coerce = new Coercions(issues);
    }

    /** The symphony of a {@code root} node, or empty when there were errors (all reported). */
    public static Optional<Built> build(Value.Obj root, Issues issues) {
        return new ScoreTreeBuilder(issues).root(root);
    }

    private Optional<Built> root(Value.Obj root) {
        String path = NodePath.ROOT;
        Optional<String> step = root.get("step").flatMap(v -> coerce.text(v, "step", path));
        if (step.isEmpty()) {
            if (!root.has("step")) {
                issues.error("missing-field", "the root node has no \"step\"; expected \"root\"", root.at(), path);
            }
            return Optional.empty();
        }
        if (!step.get().equals("root")) {
            issues.error(
                    "missing-root",
                    "the top node is a " + Coercions.quoted(step.get()) + " step; expected \"root\"",
                    root.at(),
                    path);
            return Optional.empty();
        }
        positions.put(path, issues.locate(root.at(), path));
        symphonyName = optionalText(root, "name", path).orElse("");
        String description = optionalText(root, "description", path).orElse("");
        NodeId id = id(root, path);
        Rebalance rebalance = rebalance(root, path);
        nodes = 1;
        List<Node> children = children(root, path);
        if (issues.hasErrors() || rebalance == null) {
            return Optional.empty();
        }
        Symphony symphony = new Symphony(id, symphonyName, description, rebalance, children);
        return Optional.of(new Built(symphony, new SourceMap(issues.source(), positions)));
    }

    private @Nullable Rebalance rebalance(Value.Obj root, String path) {
        Optional<Value> value = present(root, "rebalance");
        if (value.isEmpty()) {
            issues.error(
                    "missing-field",
                    "the root has no \"rebalance\"; expected none, daily, weekly, monthly, quarterly or yearly",
                    root.at(),
                    path);
            return null;
        }
        Optional<String> name = coerce.text(value.get(), "rebalance", path);
        if (name.isEmpty()) {
            return null;
        }
        Optional<Rebalance.Frequency> frequency = Rebalance.Frequency.ofScoreName(name.get());
        if (frequency.isEmpty()) {
            issues.error(
                    "unknown-rebalance",
                    "unknown rebalance " + Coercions.quoted(name.get())
                            + "; expected none, daily, weekly, monthly, quarterly or yearly",
                    value.get().at(),
                    path);
            return null;
        }
        OptionalDouble corridor = OptionalDouble.empty();
        Optional<Value> width = present(root, "rebalance-corridor-width");
        if (width.isPresent()) {
            corridor = coerce.number(width.get(), "rebalance-corridor-width", path);
            if (corridor.isEmpty()) {
                return null;
            }
        }
        return new Rebalance(frequency.get(), corridor);
    }

    private List<Node> children(Value.Obj parent, String path) {
        List<Value.Obj> items = childObjects(parent, path);
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Value.Obj item = items.get(i);
            Node node = node(item, NodePath.child(path, stepOf(item), i));
            if (node != null) {
                children.add(node);
            }
        }
        return children;
    }

    private List<Value.Obj> childObjects(Value.Obj parent, String path) {
        Optional<Value> value = present(parent, "children");
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof Value.Seq seq)) {
            issues.error(
                    "wrong-type",
                    "children must be a list, got " + Coercions.shown(value.get()),
                    value.get().at(),
                    path);
            return List.of();
        }
        List<Value.Obj> objects = new ArrayList<>();
        for (Value item : seq.items()) {
            if (item instanceof Value.Obj obj) {
                objects.add(obj);
            } else {
                issues.error(
                        "wrong-type", "a child must be a map (a node), got " + Coercions.shown(item), item.at(), path);
            }
        }
        return objects;
    }

    private static String stepOf(Value.Obj node) {
        return node.get("step").flatMap(Value::asText).orElse("node");
    }

    /** Counts a node; false (after one problem) once the limit is passed. */
    private boolean count(Value.Obj node, String path) {
        if (overLimit) {
            return false;
        }
        if (++nodes > Limits.MAX_NODES) {
            overLimit = true;
            issues.error(
                    "too-many-nodes", "the symphony has more than " + Limits.MAX_NODES + " nodes", node.at(), path);
            return false;
        }
        positions.put(path, issues.locate(node.at(), path));
        return true;
    }

    private @Nullable Node node(Value.Obj node, String path) {
        if (!count(node, path)) {
            return null;
        }
        Optional<Value> stepValue = present(node, "step");
        if (stepValue.isEmpty()) {
            issues.error("missing-field", "the node has no \"step\"", node.at(), path);
            return null;
        }
        Optional<String> step = coerce.text(stepValue.get(), "step", path);
        if (step.isEmpty()) {
            return null;
        }
        NodeId id = id(node, path);
        switch (step.get()) {
            case "wt-cash-equal":
                return new EqualWeight(id, children(node, path));
            case "wt-marketcap":
                return new MarketCapWeight(id, children(node, path));
            case "group":
                return new Group(id, optionalText(node, "name", path).orElse(""), children(node, path));
            case "empty":
                return new Cash(id);
            case "asset":
                return asset(node, id, path);
            case "wt-cash-specified":
                return specified(node, id, path);
            case "wt-inverse-vol":
                return inverseVolatility(node, id, path);
            case "filter":
                return filter(node, id, path);
            case "if":
                return ifElse(node, id, path);
            case "if-child":
                issues.error("misplaced-step", "an if-child must be a direct child of an if", node.at(), path);
                return null;
            case "root":
                issues.error("misplaced-step", "a root may only stand at the top", node.at(), path);
                return null;
            default:
                issues.error(
                        "unknown-step",
                        "unknown step " + Coercions.quoted(step.get())
                                + "; expected wt-cash-equal, wt-cash-specified, wt-inverse-vol, wt-marketcap,"
                                + " group, if, filter, asset or empty",
                        stepValue.get().at(),
                        path);
                return null;
        }
    }

    private @Nullable Node asset(Value.Obj node, NodeId id, String path) {
        Optional<Ticker> ticker =
                required(node, "ticker", path, "an asset").flatMap(v -> coerce.ticker(v, "ticker", path));
        String name = optionalText(node, "name", path).orElse("");
        return ticker.<Node>map(t -> new Asset(id, t, name)).orElse(null);
    }

    private @Nullable Node specified(Value.Obj node, NodeId id, String path) {
        List<Value.Obj> items = childObjects(node, path);
        List<Node> children = new ArrayList<>();
        List<Weight> weights = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < items.size(); i++) {
            Value.Obj item = items.get(i);
            String childPath = NodePath.child(path, stepOf(item), i);
            Weight weight = weight(item, childPath);
            Node child = node(item, childPath);
            if (weight == null || child == null) {
                complete = false;
            } else {
                weights.add(weight);
                children.add(child);
            }
        }
        return complete ? new SpecifiedWeight(id, weights, children) : null;
    }

    private @Nullable Weight weight(Value.Obj child, String path) {
        Optional<Value> value = present(child, "weight");
        if (value.isEmpty()) {
            issues.error(
                    "missing-field", "a child of wt-cash-specified needs a \"weight\" {num, den}", child.at(), path);
            return null;
        }
        if (!(value.get() instanceof Value.Obj weight)) {
            issues.error(
                    "wrong-type",
                    "weight must be a map {num, den}, got " + Coercions.shown(value.get()),
                    value.get().at(),
                    path);
            return null;
        }
        OptionalDouble num = required(weight, "num", path, "a weight")
                .map(v -> coerce.number(v, "weight num", path))
                .orElse(OptionalDouble.empty());
        OptionalDouble den = required(weight, "den", path, "a weight")
                .map(v -> coerce.number(v, "weight den", path))
                .orElse(OptionalDouble.empty());
        return num.isPresent() && den.isPresent() ? new Weight(num.getAsDouble(), den.getAsDouble()) : null;
    }

    private @Nullable Node inverseVolatility(Value.Obj node, NodeId id, String path) {
        OptionalInt window = required(node, "window-days", path, "a wt-inverse-vol")
                .map(v -> coerce.wholeNumber(v, "window-days", path))
                .orElse(OptionalInt.empty());
        List<Node> children = children(node, path);
        return window.isPresent() ? new InverseVolatilityWeight(id, window.getAsInt(), children) : null;
    }

    private @Nullable Node filter(Value.Obj node, NodeId id, String path) {
        Optional<IndicatorKind> kind = required(node, "sort-by-fn", path, "a filter")
                .flatMap(v -> coerce.indicator(v, "sort-by-fn", path, false));
        OptionalInt window = kind.isPresent()
                ? window(node, "sort-by-fn-params", "sort-by-window-days", kind.get(), path)
                : OptionalInt.empty();
        Optional<Ranking.Selection> selection =
                required(node, "select-fn", path, "a filter").flatMap(v -> selection(v, path));
        OptionalInt count = required(node, "select-n", path, "a filter")
                .map(v -> coerce.wholeNumber(v, "select-n", path))
                .orElse(OptionalInt.empty());
        List<Node> children = children(node, path);
        if (kind.isEmpty() || window.isEmpty() || selection.isEmpty() || count.isEmpty()) {
            return null;
        }
        return new Filter(id, new Ranking(kind.get(), window.getAsInt(), selection.get(), count.getAsInt()), children);
    }

    private Optional<Ranking.Selection> selection(Value value, String path) {
        Optional<String> name = coerce.text(value, "select-fn", path);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (Ranking.Selection selection : Ranking.Selection.values()) {
            if (selection.scoreName().equals(name.get())) {
                return Optional.of(selection);
            }
        }
        issues.error(
                "unknown-selection",
                "unknown select-fn " + Coercions.quoted(name.get()) + "; expected top or bottom",
                value.at(),
                path);
        return Optional.empty();
    }

    private @Nullable Node ifElse(Value.Obj node, NodeId id, String path) {
        List<Value.Obj> items = childObjects(node, path);
        List<Value.Obj> conditional = new ArrayList<>();
        List<Value.Obj> otherwise = new ArrayList<>();
        boolean complete = true;
        for (Value.Obj item : items) {
            Optional<String> step = present(item, "step").flatMap(v -> coerce.text(v, "step", path));
            if (step.isPresent() && !step.get().equals("if-child")) {
                issues.error(
                        "misplaced-step",
                        "an if holds if-child blocks only, got " + Coercions.quoted(step.get()),
                        item.at(),
                        path);
                complete = false;
                continue;
            }
            Optional<Value> flag = present(item, ELSE_FLAG);
            boolean isElse = flag.isPresent() && flag.get() instanceof Value.Bool b && b.value();
            if (flag.isPresent() && !(flag.get() instanceof Value.Bool)) {
                issues.error(
                        "wrong-type",
                        ELSE_FLAG + " must be true or false, got " + Coercions.shown(flag.get()),
                        flag.get().at(),
                        path);
                complete = false;
            }
            (isElse ? otherwise : conditional).add(item);
        }
        if (conditional.isEmpty() && complete) {
            issues.error(
                    "if-without-condition",
                    "an if needs at least one conditional if-child (is-else-condition? false)",
                    node.at(),
                    path);
            return null;
        }
        if (otherwise.size() > 1) {
            issues.error(
                    "duplicate-else",
                    "an if has " + otherwise.size() + " else branches; expected one",
                    otherwise.get(1).at(),
                    path);
            complete = false;
        }
        List<Branch> branches = new ArrayList<>();
        for (int i = 0; i < conditional.size(); i++) {
            Branch branch = conditionalBranch(conditional.get(i), NodePath.branch(path, i));
            if (branch == null) {
                complete = false;
            } else {
                branches.add(branch);
            }
        }
        String elsePath = NodePath.branch(path, conditional.size());
        Branch elseBranch;
        if (otherwise.isEmpty()) {
            elseBranch = Branch.otherwise(GeneratedIds.of(symphonyName, elsePath), List.of());
        } else {
            Value.Obj item = otherwise.get(0);
            if (!count(item, elsePath)) {
                return null;
            }
            elseBranch = Branch.otherwise(id(item, elsePath), children(item, elsePath));
        }
        return complete ? new IfElse(id, branches, elseBranch) : null;
    }

    private @Nullable Branch conditionalBranch(Value.Obj item, String path) {
        if (!count(item, path)) {
            return null;
        }
        NodeId id = id(item, path);
        Optional<Value> block = present(item, "condition");
        Condition condition = block.isPresent() ? conditionBlock(block.get(), path) : flatCondition(item, path);
        List<Node> children = children(item, path);
        return condition == null ? null : Branch.when(id, condition, children);
    }

    private @Nullable Condition flatCondition(Value.Obj item, String path) {
        IndicatorCall left = call(item, "lhs-fn", "lhs-val", "lhs-fn-params", "lhs-window-days", path);
        Comparator comparator = comparator(item, path);
        Optional<Value> rhsValue = present(item, "rhs-val");
        Optional<Value> flag = present(item, "rhs-fixed-value?");
        boolean fixed;
        if (flag.isPresent()) {
            if (flag.get() instanceof Value.Bool b) {
                fixed = b.value();
            } else {
                issues.error(
                        "wrong-type",
                        "rhs-fixed-value? must be true or false, got " + Coercions.shown(flag.get()),
                        flag.get().at(),
                        path);
                return null;
            }
        } else {
            fixed = rhsValue.isPresent()
                    && Coercions.isNumeric(rhsValue.get())
                    && present(item, "rhs-fn").isEmpty();
        }
        Operand right;
        if (fixed) {
            OptionalDouble number = required(item, "rhs-val", path, "a fixed-value condition")
                    .map(v -> coerce.number(v, "rhs-val", path))
                    .orElse(OptionalDouble.empty());
            right = number.isPresent() ? new Constant(number.getAsDouble()) : null;
        } else {
            right = call(item, "rhs-fn", "rhs-val", "rhs-fn-params", "rhs-window-days", path);
        }
        if (left == null || comparator == null || right == null) {
            return null;
        }
        return new Condition.Comparison(left, comparator, right);
    }

    private @Nullable IndicatorCall call(
            Value.Obj item, String fnKey, String tickerKey, String paramsKey, String windowKey, String path) {
        Optional<IndicatorKind> kind =
                required(item, fnKey, path, "a condition").flatMap(v -> coerce.indicator(v, fnKey, path, false));
        Optional<Ticker> ticker =
                required(item, tickerKey, path, "a condition").flatMap(v -> coerce.ticker(v, tickerKey, path));
        if (kind.isEmpty()) {
            return null;
        }
        OptionalInt window = window(item, paramsKey, windowKey, kind.get(), path);
        if (ticker.isEmpty() || window.isEmpty()) {
            return null;
        }
        return new IndicatorCall(kind.get(), ticker.get(), window.getAsInt());
    }

    /** The window from {@code paramsKey.window}, else {@code windowKey}; 0 for unwindowed functions. */
    private OptionalInt window(Value.Obj item, String paramsKey, String windowKey, IndicatorKind kind, String path) {
        if (!kind.windowed()) {
            return OptionalInt.of(0);
        }
        Optional<Value> params = present(item, paramsKey);
        if (params.isPresent()
                && params.get() instanceof Value.Obj obj
                && present(obj, "window").isPresent()) {
            return coerce.wholeNumber(obj.get("window").orElseThrow(), "window", path);
        }
        Optional<Value> days = present(item, windowKey);
        if (days.isPresent()) {
            return coerce.wholeNumber(days.get(), "window", path);
        }
        issues.error(
                "missing-field",
                kind.scoreName() + " needs a window (" + paramsKey + ".window or " + windowKey + ")",
                item.at(),
                path);
        return OptionalInt.empty();
    }

    private @Nullable Comparator comparator(Value.Obj item, String path) {
        Optional<Value> value = required(item, "comparator", path, "a condition");
        Optional<String> name = value.flatMap(v -> coerce.text(v, "comparator", path));
        if (name.isEmpty()) {
            return null;
        }
        Optional<Comparator> comparator = Comparator.ofScoreName(name.get());
        if (comparator.isEmpty()) {
            issues.error(
                    "unknown-comparator",
                    "unknown comparator " + Coercions.quoted(name.get()) + "; expected gt, gte, eq, lt or lte",
                    value.get().at(),
                    path);
            return null;
        }
        return comparator.get();
    }

    /** A {@code condition} block (spec §3.4), desugared. */
    private @Nullable Condition conditionBlock(Value value, String path) {
        if (!(value instanceof Value.Obj block)) {
            issues.error("wrong-type", "condition must be a map, got " + Coercions.shown(value), value.at(), path);
            return null;
        }
        Optional<Value> typeValue = required(block, "condition-type", path, "a condition");
        Optional<String> type = typeValue.flatMap(v -> coerce.text(v, "condition-type", path));
        if (type.isEmpty()) {
            return null;
        }
        switch (type.get()) {
            case "binary": {
                IndicatorCall left = blockCall(block, "lhs", Optional.empty(), path);
                Comparator comparator = comparator(block, path);
                Operand right = blockRight(block, path);
                return left == null || comparator == null || right == null
                        ? null
                        : new Condition.Comparison(left, comparator, right);
            }
            case "compound": {
                Optional<Boolean> any = operator(block, path);
                Optional<Value> conditions = required(block, "conditions", path, "a compound condition");
                if (conditions.isEmpty()) {
                    return null;
                }
                if (!(conditions.get() instanceof Value.Seq seq)) {
                    issues.error(
                            "wrong-type",
                            "conditions must be a list, got " + Coercions.shown(conditions.get()),
                            conditions.get().at(),
                            path);
                    return null;
                }
                List<Condition> parts = new ArrayList<>();
                boolean complete = true;
                for (Value item : seq.items()) {
                    Condition part = conditionBlock(item, path);
                    if (part == null) {
                        complete = false;
                    } else {
                        parts.add(part);
                    }
                }
                if (any.isEmpty() || !complete) {
                    return null;
                }
                return any.get() ? new Condition.AnyOf(parts) : new Condition.AllOf(parts);
            }
            case "binary-compound": {
                Optional<Boolean> any = operator(block, path);
                Comparator comparator = comparator(block, path);
                Operand right = blockRight(block, path);
                Optional<Value> tickersValue = required(block, "tickers", path, "a binary-compound condition");
                if (tickersValue.isEmpty()) {
                    return null;
                }
                if (!(tickersValue.get() instanceof Value.Seq seq)) {
                    issues.error(
                            "wrong-type",
                            "tickers must be a list, got " + Coercions.shown(tickersValue.get()),
                            tickersValue.get().at(),
                            path);
                    return null;
                }
                List<Condition> parts = new ArrayList<>();
                boolean complete = true;
                for (Value item : seq.items()) {
                    Optional<Ticker> ticker = coerce.ticker(item, "tickers", path);
                    IndicatorCall left = ticker.isPresent() ? blockCall(block, "lhs", ticker, path) : null;
                    if (left == null || comparator == null || right == null) {
                        complete = false;
                    } else {
                        parts.add(new Condition.Comparison(left, comparator, right));
                    }
                }
                if (any.isEmpty() || !complete) {
                    return null;
                }
                return any.get() ? new Condition.AnyOf(parts) : new Condition.AllOf(parts);
            }
            default:
                issues.error(
                        "unknown-condition-type",
                        "unknown condition-type " + Coercions.quoted(type.get())
                                + "; expected binary, compound or binary-compound",
                        typeValue.get().at(),
                        path);
                return null;
        }
    }

    private Optional<Boolean> operator(Value.Obj block, String path) {
        Optional<Value> value = required(block, "operator", path, "a compound condition");
        Optional<String> name = value.flatMap(v -> coerce.text(v, "operator", path));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.get().equals("any") || name.get().equals("all")) {
            return Optional.of(name.get().equals("any"));
        }
        issues.error(
                "unknown-operator",
                "unknown operator " + Coercions.quoted(name.get()) + "; expected any or all",
                value.get().at(),
                path);
        return Optional.empty();
    }

    /**
     * The right side of a binary block: {@code {constant: x}}, or (an extension; spec §3.4 leaves
     * it open) an indicator {@code {fn, ticker, params}}.
     */
    private @Nullable Operand blockRight(Value.Obj block, String path) {
        Optional<Value> rhs = required(block, "rhs", path, "a binary condition");
        if (rhs.isEmpty()) {
            return null;
        }
        if (rhs.get() instanceof Value.Obj obj && present(obj, "constant").isPresent()) {
            OptionalDouble number = coerce.number(obj.get("constant").orElseThrow(), "constant", path);
            return number.isPresent() ? new Constant(number.getAsDouble()) : null;
        }
        return blockCall(block, "rhs", Optional.empty(), path);
    }

    /** {@code {fn, ticker, params: {window}}} under {@code key}; {@code ticker} replaces a {@code %} pattern. */
    private @Nullable IndicatorCall blockCall(Value.Obj block, String key, Optional<Ticker> ticker, String path) {
        Optional<Value> value = required(block, key, path, "a binary condition");
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.get() instanceof Value.Obj side)) {
            issues.error(
                    "wrong-type",
                    key + " must be a map, got " + Coercions.shown(value.get()),
                    value.get().at(),
                    path);
            return null;
        }
        Optional<IndicatorKind> kind =
                required(side, "fn", path, "a condition side").flatMap(v -> coerce.indicator(v, "fn", path, false));
        Optional<Ticker> resolved = ticker.isPresent()
                ? ticker
                : required(side, "ticker", path, "a condition side").flatMap(v -> coerce.ticker(v, "ticker", path));
        if (kind.isEmpty()) {
            return null;
        }
        OptionalInt window = window(side, "params", "window-days", kind.get(), path);
        if (resolved.isEmpty() || window.isEmpty()) {
            return null;
        }
        return new IndicatorCall(kind.get(), resolved.get(), window.getAsInt());
    }

    private NodeId id(Value.Obj node, String path) {
        Optional<Value> value = present(node, "id");
        if (value.isPresent()) {
            Optional<String> text = value.get().asText();
            if (text.isPresent()) {
                return NodeId.of(text.get());
            }
            if (value.get() instanceof Value.Num num) {
                return NodeId.of(num.raw());
            }
        }
        return GeneratedIds.of(symphonyName, path);
    }

    private Optional<String> optionalText(Value.Obj node, String key, String path) {
        return present(node, key).flatMap(v -> coerce.text(v, key, path));
    }

    /** The value under {@code key}; absent and {@code null} both count as missing. */
    private static Optional<Value> present(Value.Obj node, String key) {
        return node.get(key).filter(v -> !(v instanceof Value.Null));
    }

    private Optional<Value> required(Value.Obj node, String key, String path, String what) {
        Optional<Value> value = present(node, key);
        if (value.isEmpty()) {
            issues.error("missing-field", what + " needs \"" + key + "\"", node.at(), path);
        }
        return value;
    }
}
