/**
 * The user's library of symphonies: upload in any of the three formats through the engine's
 * readers and checker (problems as data), at most {@value
 * com.oragami.server.symphony.SymphonyLibrary#LIMIT} per user, rename, replace the source, delete,
 * export canonical Composer JSON and a flat tree view ({@link com.oragami.server.symphony.TreeView}).
 * {@link com.oragami.server.symphony.SymphonyLibrary} is the API other features use; uploads and
 * replacements publish {@link com.oragami.server.symphony.SymphonyUploaded}. Owns the
 * table {@code symphony}.
 */
@NullMarked
package com.oragami.server.symphony;

import org.jspecify.annotations.NullMarked;
