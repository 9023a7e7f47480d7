package com.oragami.server.platform;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Authentication of GraphQL over WebSocket ({@code graphql-transport-ws} on {@code
 * /graphql-ws}): the client sends its access token in the {@code connection_init} payload, as
 * {@code {"Authorization": "Bearer <token>"}} or {@code {"accessToken": "<token>"}}. It is checked
 * by the same {@link JwtDecoder} as the HTTP path — signature, expiry, issuer and an open session —
 * and a connection without a valid one is closed with 4401 Unauthorized. The token is checked again
 * for every operation on the connection, so logging out ends new subscriptions on open sockets too.
 * The verified token becomes the Spring Security context of the operation, so resolvers read it with
 * {@code @AuthenticationPrincipal Jwt} exactly as over HTTP.
 */
@Component
class WebSocketAuthentication implements WebSocketGraphQlInterceptor {

    private static final String TOKEN = WebSocketAuthentication.class.getName() + ".token";

    /** The Reactor context key Spring Security's thread-local accessor restores the context from. */
    private static final String SECURITY_CONTEXT_KEY = SecurityContext.class.getName();

    private final JwtDecoder decoder;

    WebSocketAuthentication(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        String token = token(payload);
        if (token == null || verify(token) == null) {
            return Mono.error(new NotSignedIn());
        }
        session.getAttributes().put(TOKEN, token);
        return Mono.empty();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest socket)) {
            return chain.next(request);
        }
        Object token = socket.getSessionInfo().getAttributes().get(TOKEN);
        Jwt jwt = token instanceof String text ? verify(text) : null;
        if (jwt == null) {
            // Session closed since connection_init: resolvers see an anonymous caller (UNAUTHORIZED).
            return chain.next(request);
        }
        SecurityContext context = new SecurityContextImpl(new JwtAuthenticationToken(jwt));
        return chain.next(request).contextWrite(Context.of(SECURITY_CONTEXT_KEY, context));
    }

    private @Nullable Jwt verify(String token) {
        try {
            return decoder.decode(token);
        } catch (JwtException invalid) {
            return null;
        }
    }

    private static @Nullable String token(Map<String, Object> payload) {
        for (Map.Entry<String, Object> entry : payload.entrySet()) {
            if (!(entry.getValue() instanceof String value)) {
                continue;
            }
            if (entry.getKey().equalsIgnoreCase("authorization") && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return value.substring(7).strip();
            }
            if (entry.getKey().equals("accessToken")) {
                return value.strip();
            }
        }
        return null;
    }
}
