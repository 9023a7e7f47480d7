package com.oragami.server.platform;

/** Raised by {@link CurrentUser} when a request that needs a user carries no valid access token. */
public final class NotSignedIn extends RuntimeException {

    NotSignedIn() {
        super("sign in first: send a valid access token as 'Authorization: Bearer <token>'");
    }
}
