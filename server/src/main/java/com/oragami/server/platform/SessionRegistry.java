package com.oragami.server.platform;

import java.util.UUID;

/**
 * Whether a sign-in session is still open. Every access token names its session ({@code sid}), so
 * logging out or a detected refresh-token reuse revokes the access tokens already handed out, not
 * only the refresh token. Implemented by the {@code account} feature.
 */
public interface SessionRegistry {

    boolean isActive(UUID sessionId);
}
