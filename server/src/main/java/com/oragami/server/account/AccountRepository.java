package com.oragami.server.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String INSERT_USER = """
            INSERT INTO account_user (id, email, password_hash, created_at)
            VALUES (:id, :email, :hash, :now)
            """;
    private static final String FIND_USER_BY_EMAIL = """
            SELECT id, email, password_hash, created_at FROM account_user WHERE lower(email) = lower(:email)
            """;
    private static final String FIND_USER = """
            SELECT id, email, password_hash, created_at FROM account_user WHERE id = :id
            """;
    private static final String INSERT_SESSION = """
            INSERT INTO account_session (id, user_id, created_at, expires_at) VALUES (:id, :user, :now, :expires)
            """;
    private static final String SESSION_ACTIVE = """
            SELECT count(*) FROM account_session WHERE id = :id AND revoked_at IS NULL AND expires_at > :now
            """;
    private static final String REVOKE_SESSION = """
            UPDATE account_session SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL
            """;
    private static final String INSERT_TOKEN = """
            INSERT INTO account_refresh_token (token_hash, session_id, created_at, expires_at)
            VALUES (:hash, :session, :now, :expires)
            """;
    private static final String FIND_TOKEN = """
            SELECT t.session_id, t.expires_at, t.used_at, s.user_id, s.revoked_at, s.expires_at AS session_expires_at
            FROM account_refresh_token t JOIN account_session s ON s.id = t.session_id
            WHERE t.token_hash = :hash
            """;
    private static final String USE_TOKEN = """
            UPDATE account_refresh_token SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL
            """;

    record StoredUser(UUID id, String email, String passwordHash, OffsetDateTime createdAt) {
        Account account() {
            return new Account(id, email, createdAt);
        }
    }

    record StoredToken(
            UUID sessionId,
            UUID userId,
            Instant expiresAt,
            @Nullable Instant usedAt,
            @Nullable Instant sessionRevokedAt,
            Instant sessionExpiresAt) {}

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertUser(UUID id, String email, String passwordHash, Instant now) {
        jdbc.sql(INSERT_USER)
                .param("id", id)
                .param("email", email)
                .param("hash", passwordHash)
                .param("now", utc(now))
                .update();
    }

    Optional<StoredUser> findUserByEmail(String email) {
        return jdbc.sql(FIND_USER_BY_EMAIL)
                .param("email", email)
                .query(this::user)
                .optional();
    }

    Optional<StoredUser> findUser(UUID id) {
        return jdbc.sql(FIND_USER).param("id", id).query(this::user).optional();
    }

    private StoredUser user(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredUser(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("password_hash"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    void insertSession(UUID id, UUID user, Instant now, Instant expires) {
        jdbc.sql(INSERT_SESSION)
                .param("id", id)
                .param("user", user)
                .param("now", utc(now))
                .param("expires", utc(expires))
                .update();
    }

    boolean isSessionActive(UUID id, Instant now) {
        return jdbc.sql(SESSION_ACTIVE)
                        .param("id", id)
                        .param("now", utc(now))
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean revokeSession(UUID id, Instant now) {
        return jdbc.sql(REVOKE_SESSION).param("id", id).param("now", utc(now)).update() > 0;
    }

    void insertToken(byte[] hash, UUID session, Instant now, Instant expires) {
        jdbc.sql(INSERT_TOKEN)
                .param("hash", hash)
                .param("session", session)
                .param("now", utc(now))
                .param("expires", utc(expires))
                .update();
    }

    Optional<StoredToken> findToken(byte[] hash) {
        return jdbc.sql(FIND_TOKEN)
                .param("hash", hash)
                .query((rs, row) -> new StoredToken(
                        rs.getObject("session_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                        rs.getObject("session_expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Marks the token used; false when it already was (a concurrent or repeated use). */
    boolean useToken(byte[] hash, Instant now) {
        return jdbc.sql(USE_TOKEN).param("hash", hash).param("now", utc(now)).update() == 1;
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
