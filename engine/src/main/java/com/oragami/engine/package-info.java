/**
 * Shared vocabulary of the engine: {@link com.oragami.engine.Problem} (what is wrong with a user's
 * input), {@link com.oragami.engine.Location} (where), {@link com.oragami.engine.Severity} and
 * {@link com.oragami.engine.Parsed} (a value with every problem found while producing it). Nothing
 * else lives here.
 */
@NullMarked
package com.oragami.engine;

import org.jspecify.annotations.NullMarked;
