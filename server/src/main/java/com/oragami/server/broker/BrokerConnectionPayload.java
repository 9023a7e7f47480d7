package com.oragami.server.broker;

import com.oragami.engine.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The answer to a connect or disconnect: the connection, null when {@code problems} holds an error. */
record BrokerConnectionPayload(@Nullable BrokerConnection connection, List<Problem> problems) {

    BrokerConnectionPayload {
        problems = List.copyOf(problems);
    }

    static BrokerConnectionPayload of(BrokerConnection connection) {
        return new BrokerConnectionPayload(connection, List.of());
    }

    static BrokerConnectionPayload problem(Problem problem) {
        return new BrokerConnectionPayload(null, List.of(problem));
    }

    /** The connection, or a {@link BrokerException} carrying the first problem. */
    BrokerConnection orThrow() {
        if (connection != null) {
            return connection;
        }
        Problem first = problems.get(0);
        throw new BrokerException(BrokerException.Reason.REFUSED, first.code() + ": " + first.message());
    }
}
