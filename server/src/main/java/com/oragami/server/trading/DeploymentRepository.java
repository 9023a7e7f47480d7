package com.oragami.server.trading;

import com.oragami.server.platform.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code trading_deployment}; reads of user data name the owner. */
@Repository
class DeploymentRepository {

    private static final String COLUMNS = """
            id, owner_id, symphony_id, symphony_name, canonical_json, account_id, status, last_target, last_run,
            created_at, updated_at
            """;
    private static final String INSERT = """
            INSERT INTO trading_deployment (id, owner_id, symphony_id, symphony_name, canonical_json, account_id,
                status, created_at, updated_at)
            VALUES (:id, :owner, :symphony, :name, :json, :account, 'ACTIVE', :at, :at)
            """;
    private static final String FIND =
            "SELECT " + COLUMNS + " FROM trading_deployment WHERE id = :id AND owner_id = :owner";
    private static final String LIST =
            "SELECT " + COLUMNS + " FROM trading_deployment WHERE owner_id = :owner ORDER BY created_at, id";
    private static final String OF_ACCOUNT = "SELECT " + COLUMNS
            + " FROM trading_deployment WHERE account_id = :account AND owner_id = :owner"
            + " AND status <> 'UNDEPLOYED' ORDER BY id";
    private static final String ACCOUNTS = """
            SELECT DISTINCT owner_id, account_id FROM trading_deployment
            WHERE status IN ('ACTIVE', 'LIQUIDATING', 'UNDEPLOYING') ORDER BY account_id
            """;
    private static final String SET_STATUS = """
            UPDATE trading_deployment SET status = :status, updated_at = :at WHERE id = :id AND owner_id = :owner
            """;
    private static final String RAN = """
            UPDATE trading_deployment SET last_run = :date, last_target = coalesce(:target, last_target), updated_at = :at
            WHERE id = :id AND owner_id = :owner
            """;

    private final JdbcClient jdbc;

    DeploymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DeploymentId id, UserId owner, UUID symphony, String name, String json, String account, Instant at) {
        jdbc.sql(INSERT)
                .param("id", id.value())
                .param("owner", owner.value())
                .param("symphony", symphony)
                .param("name", name)
                .param("json", json)
                .param("account", account)
                .param("at", utc(at))
                .update();
    }

    Optional<Deployment> find(UserId owner, DeploymentId id) {
        return jdbc.sql(FIND)
                .param("id", id.value())
                .param("owner", owner.value())
                .query((rs, n) -> row(rs))
                .optional();
    }

    List<Deployment> list(UserId owner) {
        return jdbc.sql(LIST)
                .param("owner", owner.value())
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The deployments of an account that are not undeployed. */
    List<Deployment> ofAccount(UserId owner, String account) {
        return jdbc.sql(OF_ACCOUNT)
                .param("account", account)
                .param("owner", owner.value())
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Every (owner, account) with something for the run to do. */
    List<AccountKey> accountsToRun() {
        return jdbc.sql(ACCOUNTS)
                .query((rs, n) ->
                        new AccountKey(new UserId(rs.getObject("owner_id", UUID.class)), rs.getString("account_id")))
                .list();
    }

    void setStatus(UserId owner, DeploymentId id, DeploymentStatus status, Instant at) {
        jdbc.sql(SET_STATUS)
                .param("id", id.value())
                .param("owner", owner.value())
                .param("status", status.name())
                .param("at", utc(at))
                .update();
    }

    void ran(UserId owner, DeploymentId id, LocalDate date, @Nullable String target, Instant at) {
        jdbc.sql(RAN)
                .param("id", id.value())
                .param("owner", owner.value())
                .param("date", date)
                .param("target", target)
                .param("at", utc(at))
                .update();
    }

    record AccountKey(UserId owner, String account) {}

    private static Deployment row(ResultSet rs) throws SQLException {
        return new Deployment(
                new DeploymentId(rs.getObject("id", UUID.class)),
                new UserId(rs.getObject("owner_id", UUID.class)),
                rs.getObject("symphony_id", UUID.class),
                rs.getString("symphony_name"),
                rs.getString("canonical_json"),
                rs.getString("account_id"),
                DeploymentStatus.valueOf(rs.getString("status")),
                rs.getString("last_target"),
                rs.getObject("last_run", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
