package com.oragami.server.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Start-up rules for secrets: the JWT secret must be at least 32 bytes (HS256), and its development
 * default is refused in any profile but {@code dev}, so a production deployment that forgot to set
 * {@code JWT_SECRET} does not start.
 */
final class Secrets {

    static final String DEVELOPMENT_JWT_SECRET = "dev-only-insecure-jwt-secret-change-me-please";
    static final String DEVELOPMENT_PROFILE = "dev";

    private Secrets() {}

    static byte[] jwtKey(String secret, List<String> activeProfiles) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < 32) {
            throw new IllegalStateException(
                    "JWT_SECRET must be at least 32 bytes for HS256, got " + key.length + "; set it in .env");
        }
        if (secret.equals(DEVELOPMENT_JWT_SECRET) && !activeProfiles.contains(DEVELOPMENT_PROFILE)) {
            throw new IllegalStateException("JWT_SECRET is the development default, refused in profiles "
                    + activeProfiles + "; set a random secret of 32+ bytes in .env");
        }
        return Arrays.copyOf(key, key.length);
    }
}
