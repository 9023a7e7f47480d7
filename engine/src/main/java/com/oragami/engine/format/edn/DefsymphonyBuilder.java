package com.oragami.engine.format.edn;

import com.oragami.engine.Location;
import com.oragami.engine.format.Coercions;
import com.oragami.engine.format.GeneratedIds;
import com.oragami.engine.format.Issues;
import com.oragami.engine.format.Limits;
import com.oragami.engine.format.Value;
import com.oragami.engine.format.json.ScoreTreeBuilder;
import com.oragami.engine.indicator.IndicatorKind;
import com.oragami.engine.symphony.Asset;
import com.oragami.engine.symphony.Branch;
import com.oragami.engine.symphony.Comparator;
import com.oragami.engine.symphony.Condition;
import com.oragami.engine.symphony.Constant;
import com.oragami.engine.symphony.EqualWeight;
import com.oragami.engine.symphony.Filter;
import com.oragami.engine.symphony.Group;
import com.oragami.engine.symphony.IfElse;
import com.oragami.engine.symphony.IndicatorCall;
import com.oragami.engine.symphony.InverseVolatilityWeight;
import com.oragami.engine.symphony.Node;
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
 * Builds the symphony model from a {@code (defsymphony "name" {settings} body…)} form (format spec
 * §10.2): {@code weight-equal}, {@code weight-specified} (decimal weights), {@code
 * weight-inverse-volatility n}, {@code group}, {@code asset}, {@code if} (else optional, several
 * forms per branch), comparisons {@code > < >= <= =}, {@code and}/{@code or}, {@code filter} with
 * {@code select-top}/{@code select-bottom}. Indicator arguments are {@code {:window n}} or a bare
 * {@code n}; a numeric literal on the right is a constant. Settings {@code :rebalance-frequency}
 * and {@code :rebalance-threshold} (threshold wins; neither means daily, our choice). defsymphony
 * nodes have no ids: each gets a {@link GeneratedIds generated} one from the symphony name and its
 * node path, so reading is reproducible.
 */
public final class DefsymphonyBuilder {

    private final Issues issues;
    private final Coercions coerce;
    private final Map<String, Location> positions = new HashMap<>();
    private String name = "";
    private int nodes;
    private boolean overLimit;

    private DefsymphonyBuilder(Issues issues) {
        this.issues = issues;
        this.coerce = new Coercions(issues);
    }

    public static Optional<ScoreTreeBuilder.Built> build(Value form, Issues issues) {
        return new DefsymphonyBuilder(issues).symphony(form);
    }

    private Optional<ScoreTreeBuilder.Built> symphony(Value form) {
        List<Value> items = call(form, "defsymphony");
        if (items == null) {
            return Optional.empty();
        }
        String path = NodePath.ROOT;
        positions.put(path, issues.locate(form.at(), path));
        int next = 1;
        if (items.size() > next && items.get(next) instanceof Value.Str str) {
            name = str.text();
            next++;
        }
        Rebalance rebalance = Rebalance.DAILY;
        if (items.size() > next && items.get(next) instanceof Value.Obj settings) {
            rebalance = settings(settings, path);
            next++;
        }
        nodes = 1;
        List<Node> children = blocks(items.subList(next, items.size()), path);
        if (issues.hasErrors() || rebalance == null) {
            return Optional.empty();
        }
        Symphony symphony = new Symphony(GeneratedIds.of(name, path), name, "", rebalance, children);
        return Optional.of(new ScoreTreeBuilder.Built(symphony, new SourceMap(issues.source(), positions)));
    }

    private @Nullable Rebalance settings(Value.Obj settings, String path) {
        Optional<Value> threshold = settings.get("rebalance-threshold").filter(v -> !(v instanceof Value.Null));
        if (threshold.isPresent()) {
            OptionalDouble width = coerce.number(threshold.get(), "rebalance-threshold", path);
            return width.isPresent() ? Rebalance.threshold(width.getAsDouble()) : null;
        }
        Optional<Value> frequency = settings.get("rebalance-frequency").filter(v -> !(v instanceof Value.Null));
        if (frequency.isEmpty()) {
            return Rebalance.DAILY;
        }
        Optional<String> text = coerce.text(frequency.get(), "rebalance-frequency", path);
        if (text.isEmpty()) {
            return null;
        }
        Optional<Rebalance.Frequency> known = Rebalance.Frequency.ofScoreName(text.get());
        if (known.isEmpty()) {
            issues.error(
                    "unknown-rebalance",
                    "unknown rebalance-frequency " + Coercions.quoted(text.get())
                            + "; expected none, daily, weekly, monthly, quarterly or yearly",
                    frequency.get().at(),
                    path);
            return null;
        }
        return Rebalance.every(known.get());
    }

    /** Block forms, with vectors flattened ({@code [c1 c2]} and {@code c1 c2} mean the same). */
    private List<Node> blocks(List<Value> forms, String parent) {
        List<Node> nodes = new ArrayList<>();
        List<Value> flat = flatten(forms);
        for (int i = 0; i < flat.size(); i++) {
            Value form = flat.get(i);
            Node node = block(form, NodePath.child(parent, stepOf(form), i));
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private static List<Value> flatten(List<Value> forms) {
        List<Value> flat = new ArrayList<>();
        for (Value form : forms) {
            if (form instanceof Value.Seq seq && seq.kind() == Value.Seq.Kind.VECTOR) {
                flat.addAll(seq.items());
            } else {
                flat.add(form);
            }
        }
        return flat;
    }

    /** The Composer step a form will become, for its node path. */
    private static String stepOf(Value form) {
        String head = head(form).orElse("");
        return switch (head) {
            case "weight-equal" -> "wt-cash-equal";
            case "weight-specified" -> "wt-cash-specified";
            case "weight-inverse-volatility" -> "wt-inverse-vol";
            case "" -> "node";
            default -> head;
        };
    }

    private static Optional<String> head(Value form) {
        if (form instanceof Value.Seq seq
                && seq.kind() == Value.Seq.Kind.LIST
                && !seq.items().isEmpty()
                && seq.items().get(0) instanceof Value.Symbol symbol) {
            return Optional.of(symbol.name());
        }
        return Optional.empty();
    }

    private boolean count(Value form, String path) {
        if (overLimit) {
            return false;
        }
        if (++nodes > Limits.MAX_NODES) {
            overLimit = true;
            issues.error(
                    "too-many-nodes", "the symphony has more than " + Limits.MAX_NODES + " nodes", form.at(), path);
            return false;
        }
        positions.put(path, issues.locate(form.at(), path));
        return true;
    }

    private @Nullable Node block(Value form, String path) {
        Optional<String> head = head(form);
        if (head.isEmpty()) {
            issues.error(
                    "wrong-type",
                    "expected a block such as (asset …) or (weight-equal […]), got " + Coercions.shown(form),
                    form.at(),
                    path);
            return null;
        }
        if (!count(form, path)) {
            return null;
        }
        List<Value> args =
                ((Value.Seq) form).items().subList(1, ((Value.Seq) form).items().size());
        switch (head.get()) {
            case "weight-equal":
                return new EqualWeight(GeneratedIds.of(name, path), blocks(args, path));
            case "group": {
                if (args.isEmpty() || !(args.get(0) instanceof Value.Str label)) {
                    issues.error("missing-field", "(group …) needs a name string first", form.at(), path);
                    return null;
                }
                return new Group(GeneratedIds.of(name, path), label.text(), blocks(args.subList(1, args.size()), path));
            }
            case "asset":
                return asset(form, args, path);
            case "weight-specified":
                return specified(form, args, path);
            case "weight-inverse-volatility": {
                if (args.isEmpty()) {
                    issues.error("missing-field", "(weight-inverse-volatility n […]) needs a window", form.at(), path);
                    return null;
                }
                OptionalInt window = coerce.wholeNumber(args.get(0), "window", path);
                List<Node> children = blocks(args.subList(1, args.size()), path);
                return window.isPresent()
                        ? new InverseVolatilityWeight(GeneratedIds.of(name, path), window.getAsInt(), children)
                        : null;
            }
            case "if":
                return ifElse(form, args, path);
            case "filter":
                return filter(form, args, path);
            default:
                issues.error(
                        "unknown-step",
                        "unknown block (" + head.get() + " …); expected weight-equal, weight-specified,"
                                + " weight-inverse-volatility, group, if, filter or asset",
                        form.at(),
                        path);
                return null;
        }
    }

    private @Nullable Node asset(Value form, List<Value> args, String path) {
        if (args.isEmpty()) {
            issues.error("missing-field", "(asset …) needs a ticker string", form.at(), path);
            return null;
        }
        Optional<Ticker> ticker = coerce.ticker(args.get(0), "asset", path);
        String label = args.size() > 1 ? args.get(1).asText().orElse("") : "";
        return ticker.<Node>map(t -> new Asset(GeneratedIds.of(name, path), t, label))
                .orElse(null);
    }

    private @Nullable Node specified(Value form, List<Value> args, String path) {
        List<Value> flat = flatten(args);
        if (flat.size() % 2 != 0) {
            issues.error(
                    "wrong-type",
                    "(weight-specified w1 block1 w2 block2 …) needs weight and block pairs, got " + flat.size()
                            + " forms",
                    form.at(),
                    path);
            return null;
        }
        List<Weight> weights = new ArrayList<>();
        List<Node> children = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < flat.size(); i += 2) {
            Value child = flat.get(i + 1);
            String childPath = NodePath.child(path, stepOf(child), i / 2);
            OptionalDouble weight = coerce.number(flat.get(i), "weight", childPath);
            Node node = block(child, childPath);
            if (weight.isEmpty() || node == null) {
                complete = false;
            } else {
                weights.add(Weight.ofFraction(weight.getAsDouble()));
                children.add(node);
            }
        }
        return complete ? new SpecifiedWeight(GeneratedIds.of(name, path), weights, children) : null;
    }

    private @Nullable Node ifElse(Value form, List<Value> args, String path) {
        if (args.size() < 2 || args.size() > 3) {
            issues.error(
                    "missing-field",
                    "(if condition [then …] [else …]) needs a condition and one or two branches, got " + args.size()
                            + " forms",
                    form.at(),
                    path);
            return null;
        }
        Condition condition = condition(args.get(0), path);
        String thenPath = NodePath.branch(path, 0);
        String elsePath = NodePath.branch(path, 1);
        if (!count(args.get(1), thenPath)) {
            return null;
        }
        List<Node> then = blocks(List.of(args.get(1)), thenPath);
        List<Node> otherwise = List.of();
        if (args.size() == 3) {
            if (!count(args.get(2), elsePath)) {
                return null;
            }
            otherwise = blocks(List.of(args.get(2)), elsePath);
        } else {
            nodes++;
        }
        if (condition == null) {
            return null;
        }
        return new IfElse(
                GeneratedIds.of(name, path),
                List.of(Branch.when(GeneratedIds.of(name, thenPath), condition, then)),
                Branch.otherwise(GeneratedIds.of(name, elsePath), otherwise));
    }

    private @Nullable Condition condition(Value form, String path) {
        Optional<String> head = head(form);
        if (head.isEmpty()) {
            issues.error(
                    "wrong-type",
                    "expected a condition such as (> (rsi \"SPY\" {:window 10}) 70), got " + Coercions.shown(form),
                    form.at(),
                    path);
            return null;
        }
        List<Value> args =
                ((Value.Seq) form).items().subList(1, ((Value.Seq) form).items().size());
        if (head.get().equals("and") || head.get().equals("or")) {
            List<Condition> parts = new ArrayList<>();
            boolean complete = true;
            for (Value arg : args) {
                Condition part = condition(arg, path);
                if (part == null) {
                    complete = false;
                } else {
                    parts.add(part);
                }
            }
            if (!complete) {
                return null;
            }
            return head.get().equals("and") ? new Condition.AllOf(parts) : new Condition.AnyOf(parts);
        }
        Optional<Comparator> comparator = Comparator.ofSymbol(head.get());
        if (comparator.isEmpty()) {
            issues.error(
                    "unknown-comparator",
                    "unknown comparison (" + head.get() + " …); expected >, >=, <, <=, =, and or or",
                    form.at(),
                    path);
            return null;
        }
        if (args.size() != 2) {
            issues.error(
                    "missing-field",
                    "(" + head.get() + " left right) needs two operands, got " + args.size(),
                    form.at(),
                    path);
            return null;
        }
        IndicatorCall left = indicator(args.get(0), true, path);
        Operand right;
        if (Coercions.isNumeric(args.get(1))) {
            OptionalDouble number = coerce.number(args.get(1), "right side", path);
            right = number.isPresent() ? new Constant(number.getAsDouble()) : null;
        } else {
            right = indicator(args.get(1), true, path);
        }
        return left == null || right == null ? null : new Condition.Comparison(left, comparator.get(), right);
    }

    /**
     * {@code (fn "TICKER" {:window n})}, {@code (fn "TICKER" n)} or {@code (current-price "TICKER")};
     * without the ticker when {@code withTicker} is false (a filter's sort function). Returns a call
     * with a placeholder ticker for filters.
     */
    private @Nullable IndicatorCall indicator(Value form, boolean withTicker, String path) {
        Optional<String> head = head(form);
        if (head.isEmpty()) {
            issues.error(
                    "wrong-type",
                    "expected an indicator such as (rsi \"SPY\" {:window 10}), got " + Coercions.shown(form),
                    form.at(),
                    path);
            return null;
        }
        Optional<IndicatorKind> kind = coerce.indicator(head.get(), form.at(), path, true);
        List<Value> args =
                ((Value.Seq) form).items().subList(1, ((Value.Seq) form).items().size());
        Optional<Ticker> ticker = Optional.of(FILTER_PLACEHOLDER);
        int next = 0;
        if (withTicker) {
            if (args.isEmpty()) {
                issues.error("missing-field", "(" + head.get() + " …) needs a ticker", form.at(), path);
                return null;
            }
            ticker = coerce.ticker(args.get(0), head.get(), path);
            next = 1;
        }
        if (kind.isEmpty()) {
            return null;
        }
        OptionalInt window = OptionalInt.of(0);
        if (kind.get().windowed()) {
            if (args.size() <= next) {
                issues.error(
                        "missing-field", "(" + head.get() + " …) needs a window: {:window n} or n", form.at(), path);
                return null;
            }
            Value arg = args.get(next);
            if (arg instanceof Value.Obj params) {
                Optional<Value> value = params.get("window");
                if (value.isEmpty()) {
                    issues.error("missing-field", "the parameters need :window", arg.at(), path);
                    return null;
                }
                window = coerce.wholeNumber(value.get(), "window", path);
            } else {
                window = coerce.wholeNumber(arg, "window", path);
            }
        }
        if (ticker.isEmpty() || window.isEmpty()) {
            return null;
        }
        return new IndicatorCall(kind.get(), ticker.get(), window.getAsInt());
    }

    private static final Ticker FILTER_PLACEHOLDER = new Ticker("X");

    private @Nullable Node filter(Value form, List<Value> args, String path) {
        if (args.size() < 2) {
            issues.error(
                    "missing-field",
                    "(filter (fn {:window n}) (select-top n) […]) needs a sort function and a selection",
                    form.at(),
                    path);
            return null;
        }
        IndicatorCall sort = indicator(args.get(0), false, path);
        Ranking.Selection selection = null;
        OptionalInt count = OptionalInt.empty();
        Optional<String> select = head(args.get(1));
        if (select.isPresent()
                && (select.get().equals("select-top") || select.get().equals("select-bottom"))) {
            selection = select.get().equals("select-top") ? Ranking.Selection.TOP : Ranking.Selection.BOTTOM;
            List<Value> selectArgs = ((Value.Seq) args.get(1)).items();
            if (selectArgs.size() != 2) {
                issues.error(
                        "missing-field",
                        "(" + select.get() + " n) needs a count",
                        args.get(1).at(),
                        path);
            } else {
                count = coerce.wholeNumber(selectArgs.get(1), "select-n", path);
            }
        } else {
            issues.error(
                    "unknown-selection",
                    "expected (select-top n) or (select-bottom n), got " + Coercions.shown(args.get(1)),
                    args.get(1).at(),
                    path);
        }
        List<Node> children = blocks(args.subList(2, args.size()), path);
        if (sort == null || selection == null || count.isEmpty()) {
            return null;
        }
        return new Filter(
                GeneratedIds.of(name, path),
                new Ranking(sort.kind(), sort.window(), selection, count.getAsInt()),
                children);
    }

    /** The items of {@code (head …)}, or null after reporting that the form is something else. */
    private @Nullable List<Value> call(Value form, String expected) {
        if (head(form).filter(expected::equals).isEmpty()) {
            issues.error(
                    "unknown-format",
                    "expected (" + expected + " \"name\" {settings} body), got " + Coercions.shown(form),
                    form.at(),
                    "");
            return null;
        }
        return ((Value.Seq) form).items();
    }
}
