package com.oragami.server.platform;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Top-level GraphQL errors, which are only for authentication and faults (user mistakes are
 * {@code problems} in payloads): {@link NotSignedIn} becomes {@code UNAUTHORIZED}; anything else
 * is a bug or broken infrastructure and becomes {@code INTERNAL} with a reference id, its stack
 * trace logged under that id and never sent.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable error, DataFetchingEnvironment env) {
        if (error instanceof NotSignedIn) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.UNAUTHORIZED)
                    .message(error.getMessage())
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        log.error(
                "internal error {} in {}", reference, env.getExecutionStepInfo().getPath(), error);
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("internal error; reference " + reference)
                .extensions(java.util.Map.of("reference", reference))
                .build();
    }
}
