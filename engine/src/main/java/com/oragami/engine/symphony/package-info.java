/**
 * The immutable symphony tree, one model for every input format: {@link
 * com.oragami.engine.symphony.Symphony} holds the settings and the top nodes; {@link
 * com.oragami.engine.symphony.Node} is the sealed family of blocks (assets, cash, weightings, if,
 * filter); {@link com.oragami.engine.symphony.Condition} and {@link
 * com.oragami.engine.symphony.Operand} describe if-conditions after desugaring (flat fields,
 * {@code condition} blocks and {@code binary-compound} patterns all become one shape). Operations
 * are {@link com.oragami.engine.symphony.NodeVisitor}s. {@link
 * com.oragami.engine.symphony.NodePath} names a node's place the same way for readers, checker and
 * evaluator.
 */
@NullMarked
package com.oragami.engine.symphony;

import org.jspecify.annotations.NullMarked;
