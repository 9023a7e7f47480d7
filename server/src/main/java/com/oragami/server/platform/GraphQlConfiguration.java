package com.oragami.server.platform;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;
import java.net.InetSocketAddress;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * The GraphQL platform: {@code DateTime} and {@code Date} scalars, depth and complexity limits
 * (checked before execution), and the client address in the GraphQL context as {@value
 * CurrentUser#REMOTE_ADDRESS} for sign-in throttling.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Date);
    }

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(OragamiProperties properties) {
        return new MaxQueryDepthInstrumentation(properties.limits().maxQueryDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(OragamiProperties properties) {
        return new MaxQueryComplexityInstrumentation(properties.limits().maxQueryComplexity());
    }

    @Bean
    WebGraphQlInterceptor remoteAddress() {
        return (request, chain) -> {
            InetSocketAddress remote = request.getRemoteAddress();
            String address = remote == null || remote.getAddress() == null
                    ? "unknown"
                    : remote.getAddress().getHostAddress();
            request.configureExecutionInput(
                    (input, builder) -> builder.graphQLContext(Map.of(CurrentUser.REMOTE_ADDRESS, address))
                            .build());
            return chain.next(request);
        };
    }
}
