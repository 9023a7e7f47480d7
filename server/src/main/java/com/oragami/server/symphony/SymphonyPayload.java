package com.oragami.server.symphony;

import com.oragami.engine.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

record SymphonyPayload(@Nullable StoredSymphony symphony, List<Problem> problems) {}
