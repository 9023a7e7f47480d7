package com.oragami.server.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code oragami.*} settings; every one can be set from {@code .env} (see {@code .env.example}). */
@ConfigurationProperties("oragami")
public record OragamiProperties(Database database, Jwt jwt, Login login, Limits limits, Backtest backtest) {

    /** The embedded PostgreSQL used when {@code DATABASE_URL} is blank; port 0 picks a free one. */
    public record Database(String embeddedDir, int embeddedPort) {}

    /** HS256 signing secret (at least 32 bytes), issuer and token lifetimes. */
    public record Jwt(String secret, String issuer, Duration accessTokenTtl, Duration refreshTokenTtl) {}

    /** Sign-in throttling: failures per account and attempts per client address within a window. */
    public record Login(int maxFailuresPerAccount, int maxAttemptsPerAddress, Duration window) {}

    /** Request body, symphony source and GraphQL query limits. */
    public record Limits(long maxRequestBytes, int maxSourceChars, int maxQueryDepth, int maxQueryComplexity) {}

    /** Backtest worker threads and how many runs may wait for one. */
    public record Backtest(int workers, int queue) {}
}
