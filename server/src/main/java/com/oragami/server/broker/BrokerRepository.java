package com.oragami.server.broker;

import com.oragami.server.platform.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code broker_connection} and {@code broker_oauth_state}. Every statement a user reaches
 * is scoped to the owner; {@link #find(BrokerConnectionId)} and {@link #credentials} are for the
 * daily run (system use).
 */
@Repository
class BrokerRepository {

    /** A connection row with its sealed credentials (never leaves the feature). */
    record Row(BrokerConnection connection, byte @Nullable [] credentials) {}

    private static final String COLUMNS = "id, owner_id, kind, label, status, connected_at, credentials";
    private static final String LIST = "SELECT " + COLUMNS + """
             FROM broker_connection
             WHERE owner_id = :owner AND status <> 'DISCONNECTED'
             ORDER BY connected_at, id
            """;
    private static final String FIND_OWNED = "SELECT " + COLUMNS + """
             FROM broker_connection WHERE owner_id = :owner AND id = :id
            """;
    private static final String FIND = "SELECT " + COLUMNS + """
             FROM broker_connection WHERE id = :id
            """;
    private static final String FIND_BY_LABEL = "SELECT " + COLUMNS + """
             FROM broker_connection
             WHERE owner_id = :owner AND kind = :kind AND label = :label AND status <> 'DISCONNECTED'
             ORDER BY connected_at LIMIT 1
            """;
    private static final String INSERT = """
            INSERT INTO broker_connection (id, owner_id, kind, label, status, credentials, connected_at, status_at)
            VALUES (:id, :owner, :kind, :label, 'CONNECTED', :credentials, :now, :now)
            """;
    private static final String RECONNECT = """
            UPDATE broker_connection
            SET status = 'CONNECTED', credentials = :credentials, status_reason = NULL, status_at = :now
            WHERE owner_id = :owner AND id = :id
            """;
    private static final String NEEDS_RECONNECT = """
            UPDATE broker_connection
            SET status = 'NEEDS_RECONNECT', status_reason = :reason, status_at = :now
            WHERE id = :id AND status = 'CONNECTED'
            """;
    private static final String DISCONNECT = """
            UPDATE broker_connection
            SET status = 'DISCONNECTED', credentials = NULL, status_reason = NULL, status_at = :now
            WHERE owner_id = :owner AND id = :id AND status <> 'DISCONNECTED'
            """;
    private static final String INSERT_STATE = """
            INSERT INTO broker_oauth_state (state_hash, owner_id, created_at, expires_at)
            VALUES (:hash, :owner, :now, :expires)
            """;
    private static final String USE_STATE = """
            UPDATE broker_oauth_state SET used_at = :now
            WHERE state_hash = :hash AND used_at IS NULL AND expires_at > :now
            RETURNING owner_id
            """;
    private static final String DELETE_OLD_STATES = """
            DELETE FROM broker_oauth_state WHERE expires_at < :before
            """;

    private final JdbcClient jdbc;

    BrokerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BrokerConnection> list(UserId owner) {
        return jdbc.sql(LIST).param("owner", owner.value()).query(BrokerRepository::row).list().stream()
                .map(Row::connection)
                .toList();
    }

    Optional<Row> find(UserId owner, BrokerConnectionId id) {
        return jdbc.sql(FIND_OWNED)
                .param("owner", owner.value())
                .param("id", id.value())
                .query(BrokerRepository::row)
                .optional();
    }

    Optional<Row> find(BrokerConnectionId id) {
        return jdbc.sql(FIND)
                .param("id", id.value())
                .query(BrokerRepository::row)
                .optional();
    }

    Optional<Row> findByLabel(UserId owner, String kind, String label) {
        return jdbc.sql(FIND_BY_LABEL)
                .param("owner", owner.value())
                .param("kind", kind)
                .param("label", label)
                .query(BrokerRepository::row)
                .optional();
    }

    void insert(BrokerConnection connection, byte @Nullable [] credentials) {
        jdbc.sql(INSERT)
                .param("id", connection.id().value())
                .param("owner", connection.owner().value())
                .param("kind", connection.kind())
                .param("label", connection.label())
                .param("credentials", credentials)
                .param("now", utc(connection.connectedAt()))
                .update();
    }

    void reconnect(UserId owner, BrokerConnectionId id, byte[] credentials, Instant now) {
        jdbc.sql(RECONNECT)
                .param("owner", owner.value())
                .param("id", id.value())
                .param("credentials", credentials)
                .param("now", utc(now))
                .update();
    }

    /** True when the connection was CONNECTED and is now NEEDS_RECONNECT. */
    boolean markNeedsReconnect(BrokerConnectionId id, String reason, Instant now) {
        return jdbc.sql(NEEDS_RECONNECT)
                        .param("id", id.value())
                        .param("reason", reason)
                        .param("now", utc(now))
                        .update()
                > 0;
    }

    boolean disconnect(UserId owner, BrokerConnectionId id, Instant now) {
        return jdbc.sql(DISCONNECT)
                        .param("owner", owner.value())
                        .param("id", id.value())
                        .param("now", utc(now))
                        .update()
                > 0;
    }

    void insertState(UserId owner, byte[] hash, Instant now, Instant expires) {
        jdbc.sql(INSERT_STATE)
                .param("hash", hash)
                .param("owner", owner.value())
                .param("now", utc(now))
                .param("expires", utc(expires))
                .update();
    }

    /** Marks the state used and names its owner; empty when unknown, used or expired. */
    Optional<UserId> useState(byte[] hash, Instant now) {
        return jdbc.sql(USE_STATE)
                .param("hash", hash)
                .param("now", utc(now))
                .query((rs, n) -> new UserId(rs.getObject("owner_id", UUID.class)))
                .optional();
    }

    void deleteStatesBefore(Instant before) {
        jdbc.sql(DELETE_OLD_STATES).param("before", utc(before)).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                new BrokerConnection(
                        new BrokerConnectionId(rs.getObject("id", UUID.class)),
                        new UserId(rs.getObject("owner_id", UUID.class)),
                        rs.getString("kind"),
                        rs.getString("label"),
                        rs.getString("status"),
                        rs.getObject("connected_at", OffsetDateTime.class).toInstant()),
                rs.getBytes("credentials"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
