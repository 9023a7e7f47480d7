package com.oragami.engine.symphony;

import com.oragami.engine.Location;
import java.util.Map;
import java.util.Objects;

/**
 * Where each node of a read symphony stood in its text: node path ({@link NodePath}) to line and
 * column. Lets the checker, which works on the model, point users at the text.
 */
public record SourceMap(String source, Map<String, Location> byPath) {

    public SourceMap {
        Objects.requireNonNull(source, "source");
        byPath = Map.copyOf(byPath);
    }

    public static SourceMap empty(String source) {
        return new SourceMap(source, Map.of());
    }

    /** The text position of a node, or a location with only the source and the path. */
    public Location locate(String nodePath) {
        Location at = byPath.get(nodePath);
        return at != null ? at.withNodePath(nodePath) : Location.ofPath(source, nodePath);
    }
}
