package com.oragami.engine.format;

/**
 * Limits against hostile input, each refused with one clear problem: size of the text, nesting
 * depth of maps and lists, number of values and number of symphony nodes. The largest real file
 * (1 MB, 8 455 nodes, nesting 462, 53 630 values) is far inside all of them.
 */
public final class Limits {

    /**
     * 32 MiB; a file read from a path is refused by its size, before reading. Not 20: the canonical
     * (2-space indented) score of the 1 MB kitchen-sink file is 22 MB, since its tree is 230 deep.
     */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    /** Nesting of maps and lists (JSON containers, EDN collections). */
    public static final int MAX_DEPTH = 1_000;

    /** Values of any kind in one document. */
    public static final int MAX_VALUES = 2_000_000;

    /** Symphony nodes (blocks and if-children). */
    public static final int MAX_NODES = 100_000;

    private Limits() {}
}
