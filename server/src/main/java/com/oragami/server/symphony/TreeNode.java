package com.oragami.server.symphony;

import org.jspecify.annotations.Nullable;

/**
 * One node of a symphony as a flat list entry: {@code id} is its node path ({@code root >
 * wt-cash-equal[0] > if[2]}), unique in the tree and the same path problems name; {@code parentId}
 * is null for the root; {@code step} is Composer's step name ({@code if-child} for branches).
 */
record TreeNode(String id, @Nullable String parentId, String step, String label, int depth) {}
