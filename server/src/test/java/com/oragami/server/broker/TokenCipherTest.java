package com.oragami.server.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static final String TEST_KEY = "dGVzdC1vbmx5LWJyb2tlci10b2tlbi1rZXktMzJieSE=";
    private static final BrokerConnectionId ONE = new BrokerConnectionId(UUID.randomUUID());
    private static final BrokerConnectionId TWO = new BrokerConnectionId(UUID.randomUUID());

    private final TokenCipher cipher = TokenCipher.of(TEST_KEY, List.of("test"));

    @Test
    void opensWhatItSealedWithoutShowingThePlaintext() {
        byte[] sealed = cipher.seal("oauth\nsecret-token", ONE);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("secret-token");
        // version byte + 12-byte nonce + 18 bytes of ciphertext + 16-byte tag
        assertThat(sealed).hasSize(1 + 12 + 18 + 16);
        assertThat(cipher.open(sealed, ONE)).isEqualTo("oauth\nsecret-token");
    }

    @Test
    void sealsTheSameTextDifferentlyEachTime() {
        assertThat(cipher.seal("same", ONE)).isNotEqualTo(cipher.seal("same", ONE));
    }

    @Test
    void refusesACiphertextMovedToAnotherConnection() {
        byte[] sealed = cipher.seal("token", ONE);

        assertThatThrownBy(() -> cipher.open(sealed, TWO)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnAlteredCiphertext() {
        byte[] sealed = cipher.seal("token", ONE);
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(sealed, ONE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnotherKey() {
        byte[] sealed = cipher.seal("token", ONE);
        TokenCipher other = TokenCipher.of(TokenCipher.DEVELOPMENT_KEY, List.of("dev"));

        assertThatThrownBy(() -> other.open(sealed, ONE)).hasMessageContaining("another BROKER_TOKEN_KEY");
    }

    @Test
    void refusesTheDevelopmentKeyOutsideDev() {
        assertThatThrownBy(() -> TokenCipher.of(TokenCipher.DEVELOPMENT_KEY, List.of("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development default");
        assertThat(TokenCipher.of(TokenCipher.DEVELOPMENT_KEY, List.of("dev"))).isNotNull();
    }

    @Test
    void refusesKeysThatAreNotThirtyTwoBytesOfBase64() {
        assertThatThrownBy(() -> TokenCipher.of("c2hvcnQ=", List.of("test"))).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> TokenCipher.of("not base64!", List.of("test"))).hasMessageContaining("not base64");
    }

    @Test
    void neverShowsTheKey() {
        assertThat(cipher.toString()).doesNotContain(TEST_KEY);
    }

    @Test
    void refusesALiveTradingUrl() {
        BrokerProperties properties = new BrokerProperties(
                TEST_KEY,
                5,
                Duration.ofMinutes(10),
                "/",
                new BrokerProperties.Alpaca(
                        "https://app.alpaca.markets/oauth/authorize",
                        "https://api.alpaca.markets/oauth/token",
                        "https://api.alpaca.markets",
                        "id",
                        "client-secret",
                        "http://localhost/cb",
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        1,
                        Duration.ZERO,
                        Duration.ZERO));
        BrokerConfiguration configuration = new BrokerConfiguration();

        assertThatThrownBy(() -> configuration.alpacaOAuth(properties, configuration.alpacaHttp(properties)))
                .hasMessageContaining("only paper trading");
        assertThat(properties.toString()).doesNotContain(TEST_KEY).doesNotContain("client-secret");
    }
}
