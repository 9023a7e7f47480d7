package com.oragami.server.broker;

import com.oragami.engine.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The authorize URL to send the browser to, null when {@code problems} holds an error. */
record StartAlpacaOAuthPayload(@Nullable String authorizeUrl, List<Problem> problems) {

    StartAlpacaOAuthPayload {
        problems = List.copyOf(problems);
    }
}
