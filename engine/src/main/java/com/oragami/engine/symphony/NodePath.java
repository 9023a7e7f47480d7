package com.oragami.engine.symphony;

/**
 * Names a node's place as {@code root > wt-cash-equal[0] > if[2] > if-child[0]}: each step with
 * its index among its parent's children (if-children indexed among the if's branches, the else
 * last). Readers, the checker and the evaluator build paths the same way, so a problem found on the
 * model can be matched to a line and column in the text.
 */
public final class NodePath {

    public static final String ROOT = "root";
    private static final String SEPARATOR = " > ";

    private NodePath() {}

    public static String child(String parent, String step, int index) {
        return parent + SEPARATOR + step + "[" + index + "]";
    }

    public static String child(String parent, Node node, int index) {
        return child(parent, node.step(), index);
    }

    public static String branch(String ifPath, int index) {
        return child(ifPath, "if-child", index);
    }

    /** Depth of a path: 0 for {@code root}. */
    public static int depth(String path) {
        int depth = 0;
        for (int i = path.indexOf(SEPARATOR); i >= 0; i = path.indexOf(SEPARATOR, i + 1)) {
            depth++;
        }
        return depth;
    }
}
