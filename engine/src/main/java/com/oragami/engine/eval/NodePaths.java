package com.oragami.engine.eval;

import com.oragami.engine.symphony.Asset;
import com.oragami.engine.symphony.Branch;
import com.oragami.engine.symphony.Filter;
import com.oragami.engine.symphony.IfElse;
import com.oragami.engine.symphony.InverseVolatilityWeight;
import com.oragami.engine.symphony.Node;
import com.oragami.engine.symphony.NodePath;
import com.oragami.engine.symphony.Symphony;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The node paths a trace names, built once per symphony rather than once per evaluated day: those of
 * the decision nodes ({@code if}, {@code filter}, {@code wt-inverse-vol}) and of their non-asset
 * children (candidate labels). Keyed by node identity; a node object that occurs at two places of
 * the tree has two paths and is left out, so the evaluator builds its path from its stack. Read-only
 * after construction, so shared by threads. Decisions of different days share the strings.
 */
final class NodePaths {

    private final Map<Node, String> paths = new IdentityHashMap<>();
    private final Map<Node, Boolean> ambiguous = new IdentityHashMap<>();

    /** Knows no path: every path is built from the evaluator's stack. */
    static final NodePaths NONE = new NodePaths();

    private NodePaths() {}

    static NodePaths of(Symphony symphony) {
        NodePaths out = new NodePaths();
        StringBuilder path = new StringBuilder(NodePath.ROOT);
        List<Node> top = symphony.children();
        for (int i = 0; i < top.size(); i++) {
            out.child(top.get(i), i, path, false);
        }
        out.ambiguous.keySet().forEach(out.paths::remove);
        return out;
    }

    /** The node's path, or null when it is not kept (or occurs at several places). */
    @Nullable
    String of(Node node) {
        return paths.get(node);
    }

    /** Visits the {@code index}-th child {@code node} of the node at {@code path} (restored on return). */
    private void child(Node node, int index, StringBuilder path, boolean candidate) {
        int parentLength = path.length();
        appendStep(path, node.step(), index);
        boolean decision = node instanceof IfElse || node instanceof Filter || node instanceof InverseVolatilityWeight;
        if ((decision || candidate) && !(node instanceof Asset)) {
            if (paths.putIfAbsent(node, path.toString()) != null) {
                ambiguous.put(node, Boolean.TRUE);
            }
        }
        if (node instanceof IfElse ifElse) {
            List<Branch> branches = ifElse.allBranches();
            for (int b = 0; b < branches.size(); b++) {
                int ifLength = path.length();
                appendStep(path, "if-child", b);
                List<Node> children = branches.get(b).children();
                for (int i = 0; i < children.size(); i++) {
                    child(children.get(i), i, path, false);
                }
                path.setLength(ifLength);
            }
        } else {
            boolean ranked = node instanceof Filter || node instanceof InverseVolatilityWeight;
            List<Node> children = node.children();
            for (int i = 0; i < children.size(); i++) {
                child(children.get(i), i, path, ranked);
            }
        }
        path.setLength(parentLength);
    }

    /** As {@link NodePath#child}: {@code " > step[index]"}. */
    static void appendStep(StringBuilder path, String step, int index) {
        path.append(" > ").append(step).append('[').append(index).append(']');
    }
}
