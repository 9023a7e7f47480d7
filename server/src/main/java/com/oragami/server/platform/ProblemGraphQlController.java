package com.oragami.server.platform;

import com.oragami.engine.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** Maps the engine's {@link Problem} onto the GraphQL {@code Problem} type, absent parts as null. */
@Controller
class ProblemGraphQlController {

    @QueryMapping(name = "ping")
    boolean queryPing() {
        return true;
    }

    @MutationMapping(name = "ping")
    boolean mutationPing() {
        return true;
    }

    @SubscriptionMapping(name = "ping")
    Flux<Boolean> subscriptionPing() {
        return Flux.just(true);
    }

    @SchemaMapping(typeName = "Problem")
    String source(Problem problem) {
        return problem.where().source();
    }

    @SchemaMapping(typeName = "Problem")
    @Nullable
    Integer line(Problem problem) {
        return problem.where().line() > 0 ? problem.where().line() : null;
    }

    @SchemaMapping(typeName = "Problem")
    @Nullable
    Integer column(Problem problem) {
        return problem.where().column() > 0 ? problem.where().column() : null;
    }

    @SchemaMapping(typeName = "Problem")
    @Nullable
    String nodePath(Problem problem) {
        return problem.where().nodePath().isEmpty() ? null : problem.where().nodePath();
    }
}
