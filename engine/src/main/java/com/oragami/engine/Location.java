package com.oragami.engine;

import java.util.Objects;

/**
 * Where a problem is: the source (file name or label), a 1-based line and column in the text (0
 * when unknown), and the node path in the symphony tree such as {@code root > wt-cash-equal[0] >
 * if[2] > if-child[0]} (empty when the problem is not about a node).
 */
public record Location(String source, int line, int column, String nodePath) {

    public static final Location UNKNOWN = new Location("", 0, 0, "");

    public Location {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(nodePath, "nodePath");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    public static Location of(String source, int line, int column) {
        return new Location(source, line, column, "");
    }

    public static Location ofPath(String source, String nodePath) {
        return new Location(source, 0, 0, nodePath);
    }

    public Location withNodePath(String path) {
        return new Location(source, line, column, path);
    }

    public Location withSource(String name) {
        return new Location(name, line, column, nodePath);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code file:41:17 (root > if[0])}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        if (!nodePath.isEmpty()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append('(').append(nodePath).append(')');
        }
        return text.toString();
    }
}
