/**
 * EDN: one lexer ({@code EdnLexer}, every token with line and column) and reader ({@link
 * com.oragami.engine.format.edn.EdnReader}) into the common {@link com.oragami.engine.format.Value}
 * form. EDN maps (R2) then go through the same score node builder as JSON; {@code defsymphony}
 * text (R3) through {@link com.oragami.engine.format.edn.DefsymphonyBuilder}.
 */
@NullMarked
package com.oragami.engine.format.edn;

import org.jspecify.annotations.NullMarked;
