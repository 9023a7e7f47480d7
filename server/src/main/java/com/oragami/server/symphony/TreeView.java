package com.oragami.server.symphony;

import com.oragami.engine.symphony.Asset;
import com.oragami.engine.symphony.Branch;
import com.oragami.engine.symphony.Cash;
import com.oragami.engine.symphony.Condition;
import com.oragami.engine.symphony.EqualWeight;
import com.oragami.engine.symphony.Filter;
import com.oragami.engine.symphony.Group;
import com.oragami.engine.symphony.IfElse;
import com.oragami.engine.symphony.InverseVolatilityWeight;
import com.oragami.engine.symphony.MarketCapWeight;
import com.oragami.engine.symphony.Node;
import com.oragami.engine.symphony.NodePath;
import com.oragami.engine.symphony.NodeVisitor;
import com.oragami.engine.symphony.SpecifiedWeight;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Flattens a symphony into {@link TreeNode}s in depth-first order, each with a one-line label a
 * person reads in a tree widget: {@code TQQQ}, {@code if}, {@code rsi(SPY, 10) > 79}, {@code
 * weight 60 %}, {@code top 2 by cumulative-return(10)}.
 */
final class TreeView implements NodeVisitor<String> {

    private final List<TreeNode> nodes = new ArrayList<>();
    private String path = NodePath.ROOT;

    private TreeView() {}

    static List<TreeNode> of(Symphony symphony) {
        TreeView view = new TreeView();
        view.nodes.add(new TreeNode(
                NodePath.ROOT,
                null,
                "root",
                symphony.name() + " (" + symphony.rebalance().describe() + ")",
                0));
        view.children(symphony.children());
        return List.copyOf(view.nodes);
    }

    private void children(List<Node> children) {
        String parent = path;
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            path = NodePath.child(parent, child, i);
            int at = nodes.size();
            nodes.add(null);
            String label = child.accept(this);
            nodes.set(at, new TreeNode(path, parent, child.step(), label, NodePath.depth(path)));
        }
        path = parent;
    }

    @Override
    public String visitAsset(Asset node) {
        return node.ticker().symbol() + (node.name().isBlank() ? "" : " · " + node.name());
    }

    @Override
    public String visitCash(Cash node) {
        return "cash";
    }

    @Override
    public String visitGroup(Group node) {
        children(node.children());
        return node.name();
    }

    @Override
    public String visitEqualWeight(EqualWeight node) {
        children(node.children());
        return "weight equally";
    }

    @Override
    public String visitSpecifiedWeight(SpecifiedWeight node) {
        children(node.children());
        return "weight " + node.weights().stream().map(TreeView::percent).collect(Collectors.joining(" / "));
    }

    @Override
    public String visitInverseVolatilityWeight(InverseVolatilityWeight node) {
        children(node.children());
        return "weight by inverse volatility (" + node.window() + "d)";
    }

    @Override
    public String visitMarketCapWeight(MarketCapWeight node) {
        children(node.children());
        return "weight by market cap";
    }

    @Override
    public String visitIfElse(IfElse node) {
        String ifPath = path;
        List<Branch> branches = node.allBranches();
        for (int i = 0; i < branches.size(); i++) {
            Branch branch = branches.get(i);
            path = NodePath.branch(ifPath, i);
            String label = branch.when().map(TreeView::condition).orElse("else");
            nodes.add(new TreeNode(path, ifPath, "if-child", label, NodePath.depth(path)));
            children(branch.children());
        }
        path = ifPath;
        return "if";
    }

    @Override
    public String visitFilter(Filter node) {
        children(node.children());
        var ranking = node.ranking();
        return ranking.selection().scoreName() + " " + ranking.count() + " by "
                + ranking.kind().scoreName() + (ranking.kind().windowed() ? "(" + ranking.window() + ")" : "");
    }

    private static String condition(Condition condition) {
        if (condition instanceof Condition.AllOf all) {
            return all.conditions().stream().map(TreeView::condition).collect(Collectors.joining(" and ", "(", ")"));
        }
        if (condition instanceof Condition.AnyOf any) {
            return any.conditions().stream().map(TreeView::condition).collect(Collectors.joining(" or ", "(", ")"));
        }
        return condition.toString();
    }

    private static String percent(Weight weight) {
        return BigDecimal.valueOf(weight.fraction() * 100)
                        .setScale(2, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros()
                        .toPlainString()
                + " %";
    }
}
