package com.oragami.server.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller of a request, from its verified access token ({@code sub} is the user id). */
public final class CurrentUser {

    /** The access token claim naming the sign-in session. */
    public static final String SESSION_CLAIM = "sid";

    /** The GraphQL context key holding the client's IP address as a string. */
    public static final String REMOTE_ADDRESS = "remoteAddress";

    private CurrentUser() {}

    /**
     * The caller's id; throws {@link NotSignedIn} (a GraphQL {@code UNAUTHORIZED} error) when the
     * request is anonymous.
     */
    public static UserId of(@Nullable Jwt token) {
        if (token == null || token.getSubject() == null) {
            throw new NotSignedIn();
        }
        return UserId.parse(token.getSubject());
    }
}
