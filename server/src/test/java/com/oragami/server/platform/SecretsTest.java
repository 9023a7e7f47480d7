package com.oragami.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void developmentSecretIsAcceptedInTheDevProfile() {
        assertThat(Secrets.jwtKey(Secrets.DEVELOPMENT_JWT_SECRET, List.of("dev")))
                .hasSize(45);
    }

    @Test
    void developmentSecretIsRefusedInProduction() {
        assertThatThrownBy(() -> Secrets.jwtKey(Secrets.DEVELOPMENT_JWT_SECRET, List.of("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JWT_SECRET is the development default");
    }

    @Test
    void developmentSecretIsRefusedWithoutAnyProfile() {
        assertThatThrownBy(() -> Secrets.jwtKey(Secrets.DEVELOPMENT_JWT_SECRET, List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void secretShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> Secrets.jwtKey("thirty-one-bytes-long-secret-xy", List.of("prod")))
                .hasMessageContaining("at least 32 bytes")
                .hasMessageContaining("got 31");
    }

    @Test
    void ownSecretIsAcceptedInProduction() {
        assertThat(Secrets.jwtKey("a-real-production-secret-of-enough-length", List.of("prod")))
                .hasSize(41);
    }
}
