/**
 * Whole-tree rules a symphony must meet before it is evaluated: {@link
 * com.oragami.engine.check.Checker} walks the model and reports every {@link
 * com.oragami.engine.Problem} with its node path (and line:column through the reader's {@link
 * com.oragami.engine.symphony.SourceMap}). Syntax and type errors are the readers' job.
 */
@NullMarked
package com.oragami.engine.check;

import org.jspecify.annotations.NullMarked;
