package com.oragami.server.broker;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for broker credentials at rest. A sealed value is {@code [1][12-byte random
 * nonce][ciphertext + 16-byte tag]}; the connection id is the associated data, so a ciphertext
 * copied onto another row does not open. The key is {@code BROKER_TOKEN_KEY}, base64 of 32 bytes;
 * its development default is refused in any profile but {@code dev}.
 */
final class TokenCipher {

    static final String DEVELOPMENT_KEY = "ZGV2LW9ubHktaW5zZWN1cmUtYnJva2VyLWtleS0zMmI=";
    static final String DEVELOPMENT_PROFILE = "dev";

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private TokenCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The cipher for {@code base64Key}, checked against the active profiles. */
    static TokenCipher of(String base64Key, List<String> activeProfiles) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "BROKER_TOKEN_KEY is not base64; generate one with: openssl rand -base64 32");
        }
        if (key.length != 32) {
            throw new IllegalStateException("BROKER_TOKEN_KEY must be base64 of 32 bytes (AES-256), got " + key.length
                    + " bytes; generate one with: openssl rand -base64 32");
        }
        if (base64Key.strip().equals(DEVELOPMENT_KEY) && !activeProfiles.contains(DEVELOPMENT_PROFILE)) {
            throw new IllegalStateException("BROKER_TOKEN_KEY is the development default, refused in profiles "
                    + activeProfiles + "; set one in .env (openssl rand -base64 32)");
        }
        TokenCipher cipher = new TokenCipher(key);
        Arrays.fill(key, (byte) 0);
        return cipher;
    }

    byte[] seal(String plaintext, BrokerConnectionId aad) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(aad));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /**
     * @throws IllegalStateException when the value was sealed under another key, for another
     *     connection, or was altered
     */
    String open(byte[] sealed, BrokerConnectionId aad) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalStateException("broker credentials of connection " + aad + " are not sealed by us");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(aad(aad));
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "broker credentials of connection " + aad + " do not open (another BROKER_TOKEN_KEY?)", e);
        }
    }

    private static byte[] aad(BrokerConnectionId id) {
        return id.value().toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TokenCipher[key=[redacted]]";
    }
}
