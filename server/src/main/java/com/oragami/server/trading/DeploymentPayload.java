package com.oragami.server.trading;

import com.oragami.engine.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The answer to a deployment mutation: the deployment, null when {@code problems} holds an error. */
public record DeploymentPayload(@Nullable Deployment deployment, List<Problem> problems) {

    public DeploymentPayload {
        problems = List.copyOf(problems);
    }
}
