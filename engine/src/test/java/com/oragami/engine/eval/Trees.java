package com.oragami.engine.eval;

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
import com.oragami.engine.symphony.Ranking;
import com.oragami.engine.symphony.Rebalance;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.symphony.Weight;
import java.util.ArrayList;
import java.util.List;

/** Builds symphony trees in test code (the readers live on another branch). */
final class Trees {

    private static int nextId;

    private Trees() {}

    private static NodeId id() {
        return NodeId.of("n" + nextId++);
    }

    static Symphony symphony(Node... top) {
        return new Symphony(NodeId.of("sym"), "test", "", Rebalance.DAILY, List.of(top));
    }

    static Asset asset(String ticker) {
        return new Asset(id(), Ticker.of(ticker), "");
    }

    static Cash cash() {
        return new Cash(id());
    }

    static EqualWeight equal(Node... children) {
        return new EqualWeight(id(), List.of(children));
    }

    static Group group(String name, Node... children) {
        return new Group(id(), name, List.of(children));
    }

    static MarketCapWeight marketCap(Node... children) {
        return new MarketCapWeight(id(), List.of(children));
    }

    /** Alternating fraction, node: {@code specified(0.4, a, 0.6, b)}. */
    static SpecifiedWeight specified(Object... fractionsAndNodes) {
        List<Weight> weights = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < fractionsAndNodes.length; i += 2) {
            Object w = fractionsAndNodes[i];
            weights.add(w instanceof Weight weight ? weight : Weight.ofFraction((Double) w));
            nodes.add((Node) fractionsAndNodes[i + 1]);
        }
        return new SpecifiedWeight(id(), weights, nodes);
    }

    static InverseVolatilityWeight inverseVol(int window, Node... children) {
        return new InverseVolatilityWeight(id(), window, List.of(children));
    }

    static Filter top(int count, IndicatorKind kind, int window, Node... children) {
        return new Filter(id(), new Ranking(kind, window, Ranking.Selection.TOP, count), List.of(children));
    }

    static Filter bottom(int count, IndicatorKind kind, int window, Node... children) {
        return new Filter(id(), new Ranking(kind, window, Ranking.Selection.BOTTOM, count), List.of(children));
    }

    static IfElse ifElse(Condition condition, List<Node> then, List<Node> otherwise) {
        return new IfElse(id(), List.of(Branch.when(id(), condition, then)), Branch.otherwise(id(), otherwise));
    }

    static IfElse ifElse(Condition c1, List<Node> then1, Condition c2, List<Node> then2, List<Node> otherwise) {
        return new IfElse(
                id(),
                List.of(Branch.when(id(), c1, then1), Branch.when(id(), c2, then2)),
                Branch.otherwise(id(), otherwise));
    }

    static IndicatorCall call(IndicatorKind kind, String ticker, int window) {
        return new IndicatorCall(kind, Ticker.of(ticker), window);
    }

    static IndicatorCall price(String ticker) {
        return call(IndicatorKind.CURRENT_PRICE, ticker, 0);
    }

    static Condition.Comparison compare(IndicatorCall left, Comparator comparator, double constant) {
        return new Condition.Comparison(left, comparator, new Constant(constant));
    }

    static Condition.Comparison compare(IndicatorCall left, Comparator comparator, IndicatorCall right) {
        return new Condition.Comparison(left, comparator, right);
    }

    static Condition allOf(Condition... parts) {
        return new Condition.AllOf(List.of(parts));
    }

    static Condition anyOf(Condition... parts) {
        return new Condition.AnyOf(List.of(parts));
    }
}
