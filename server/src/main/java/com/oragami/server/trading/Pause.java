package com.oragami.server.trading;

import java.time.Duration;

/** Waiting between broker retries and fill polls; tests move their clock instead of sleeping. */
interface Pause {

    void pause(Duration duration);

    static Pause sleeping() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting", e);
            }
        };
    }
}
