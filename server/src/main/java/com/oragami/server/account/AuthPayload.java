package com.oragami.server.account;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The result of register, login and refresh: the user and tokens, or the problems. */
record AuthPayload(@Nullable Account user, @Nullable Tokens tokens, List<Problem> problems) {

    static AuthPayload signedIn(Account user, Tokens tokens) {
        return new AuthPayload(user, tokens, List.of());
    }

    static AuthPayload refused(String code, String message) {
        return new AuthPayload(null, null, List.of(Problem.error(code, message, Location.UNKNOWN)));
    }
}
