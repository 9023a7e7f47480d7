package com.oragami.server.symphony;

import com.oragami.engine.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The symphony as stored (null when a problem is an error) and every problem found. */
record UploadSymphonyPayload(@Nullable StoredSymphony symphony, List<Problem> problems) {}
