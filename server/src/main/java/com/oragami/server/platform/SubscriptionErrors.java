package com.oragami.server.platform;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Errors that end a subscription, translated as {@link GraphQlErrors} does for queries: {@link
 * NotSignedIn} (no valid token on the socket, or its session closed since) becomes {@code
 * UNAUTHORIZED}; anything else {@code INTERNAL} with a reference id, the stack trace logged only.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErrors.class);

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable error) {
        if (error instanceof NotSignedIn) {
            return GraphqlErrorBuilder.newError()
                    .errorType(ErrorType.UNAUTHORIZED)
                    .message(error.getMessage())
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        log.error("internal error {} in a subscription", reference, error);
        return GraphqlErrorBuilder.newError()
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("internal error; reference " + reference)
                .extensions(Map.of("reference", reference))
                .build();
    }
}
