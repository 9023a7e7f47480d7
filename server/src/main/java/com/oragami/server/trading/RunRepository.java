package com.oragami.server.trading;

import com.oragami.server.platform.UserId;
import java.math.BigDecimal;
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

/** SQL over {@code trading_run}, {@code trading_order} and {@code trading_event}. */
@Repository
class RunRepository {

    private static final String RUN_COLUMNS = """
            id, owner_id, account_id, trading_date, status, inputs, claimed_by, lease_until, attempts, started_at,
            planned_at, finished_at
            """;
    private static final String INSERT_RUN = """
            INSERT INTO trading_run (id, owner_id, account_id, trading_date, status, claimed_by, lease_until, started_at)
            VALUES (:id, :owner, :account, :date, 'PLANNING', :node, :lease, :now)
            ON CONFLICT (account_id, trading_date) DO NOTHING
            """;
    private static final String TAKE_OVER = """
            UPDATE trading_run SET claimed_by = :node, lease_until = :lease, attempts = attempts + 1
            WHERE account_id = :account AND trading_date = :date AND owner_id = :owner
              AND status IN ('PLANNING', 'SENDING') AND lease_until < :now
            """;
    private static final String FIND_RUN_OF = "SELECT " + RUN_COLUMNS
            + " FROM trading_run WHERE account_id = :account AND trading_date = :date AND owner_id = :owner";
    private static final String FIND_RUN =
            "SELECT " + RUN_COLUMNS + " FROM trading_run WHERE id = :id AND owner_id = :owner";
    private static final String LIST_RUNS = "SELECT " + RUN_COLUMNS
            + " FROM trading_run WHERE owner_id = :owner AND (CAST(:account AS text) IS NULL OR account_id = :account)"
            + " ORDER BY trading_date DESC, account_id LIMIT :limit";
    private static final String RENEW = """
            UPDATE trading_run SET lease_until = :lease WHERE id = :id AND claimed_by = :node AND status IN ('PLANNING', 'SENDING')
            """;
    private static final String PLANNED = """
            UPDATE trading_run SET status = 'SENDING', inputs = :inputs, planned_at = :now
            WHERE id = :id AND claimed_by = :node AND status = 'PLANNING'
            """;
    private static final String FINISH = """
            UPDATE trading_run SET status = :status, finished_at = :now, lease_until = :now
            WHERE id = :id AND claimed_by = :node AND status IN ('PLANNING', 'SENDING')
            """;
    private static final String UNFINISHED = """
            SELECT count(*) FROM trading_run WHERE account_id = :account AND owner_id = :owner AND status IN ('PLANNING', 'SENDING')
            """;
    private static final String UNFINISHED_ON = """
            SELECT owner_id, account_id FROM trading_run WHERE trading_date = :date AND status IN ('PLANNING', 'SENDING')
            """;
    private static final String INSERT_ORDER = """
            INSERT INTO trading_order (run_id, seq, client_order_id, ticker, side, quantity, notional, planning_price,
                status, updated_at)
            VALUES (:run, :seq, :id, :ticker, :side, :quantity, :notional, :price, 'PLANNED', :now)
            """;
    private static final String ORDERS = """
            SELECT run_id, seq, client_order_id, ticker, side, quantity, notional, planning_price, status,
                   filled_quantity, average_price, message, attempts, updated_at
            FROM trading_order WHERE run_id = :run ORDER BY seq
            """;
    private static final String UPDATE_ORDER = """
            UPDATE trading_order SET status = :status, filled_quantity = :filled, average_price = :price,
                message = :message, attempts = attempts + :tries, updated_at = :now
            WHERE run_id = :run AND seq = :seq
            """;
    private static final String INSERT_EVENT = """
            INSERT INTO trading_event (owner_id, account_id, run_id, deployment_id, kind, code, message, at)
            VALUES (:owner, :account, :run, :deployment, :kind, :code, :message, :at)
            """;
    private static final String EVENT_COLUMNS =
            "id, owner_id, account_id, run_id, deployment_id, kind, code, message, at";
    private static final String EVENTS_OF_RUN =
            "SELECT " + EVENT_COLUMNS + " FROM trading_event WHERE run_id = :run AND owner_id = :owner ORDER BY id";
    private static final String EVENTS = "SELECT " + EVENT_COLUMNS
            + " FROM trading_event WHERE owner_id = :owner"
            + " AND (CAST(:deployment AS uuid) IS NULL OR deployment_id = :deployment) ORDER BY id DESC LIMIT :limit";
    private static final String LOCK_ACCOUNT = "SELECT pg_advisory_xact_lock(hashtext('trading-account:' || :account))";

    private final JdbcClient jdbc;

    RunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the transaction with every other change to this account's books (until it ends). */
    void lockAccount(String account) {
        jdbc.sql(LOCK_ACCOUNT).param("account", account).query((rs, n) -> 1).list();
    }

    /**
     * Claims the account's run of the day for this node: a new run, or one whose holder's lease has
     * run out. Empty when it is done or another node holds it. One statement each, so two nodes
     * never both get it.
     */
    Optional<TradingRun> claim(UserId owner, String account, LocalDate date, String node, Instant now, Instant lease) {
        int inserted = jdbc.sql(INSERT_RUN)
                .param("id", UUID.randomUUID())
                .param("owner", owner.value())
                .param("account", account)
                .param("date", date)
                .param("node", node)
                .param("lease", utc(lease))
                .param("now", utc(now))
                .update();
        if (inserted == 0) {
            int taken = jdbc.sql(TAKE_OVER)
                    .param("owner", owner.value())
                    .param("account", account)
                    .param("date", date)
                    .param("node", node)
                    .param("lease", utc(lease))
                    .param("now", utc(now))
                    .update();
            if (taken == 0) {
                return Optional.empty();
            }
        }
        return runOf(owner, account, date);
    }

    Optional<TradingRun> runOf(UserId owner, String account, LocalDate date) {
        return jdbc.sql(FIND_RUN_OF)
                .param("owner", owner.value())
                .param("account", account)
                .param("date", date)
                .query((rs, n) -> run(rs))
                .optional();
    }

    Optional<TradingRun> find(UserId owner, UUID id) {
        return jdbc.sql(FIND_RUN)
                .param("id", id)
                .param("owner", owner.value())
                .query((rs, n) -> run(rs))
                .optional();
    }

    List<TradingRun> list(UserId owner, @Nullable String account, int limit) {
        return jdbc.sql(LIST_RUNS)
                .param("owner", owner.value())
                .param("account", account)
                .param("limit", limit)
                .query((rs, n) -> run(rs))
                .list();
    }

    /** Extends this node's claim; false when another node has taken the run over. */
    boolean renew(UUID run, String node, Instant lease) {
        return jdbc.sql(RENEW)
                        .param("id", run)
                        .param("node", node)
                        .param("lease", utc(lease))
                        .update()
                == 1;
    }

    boolean planned(UUID run, String node, String inputs, Instant now) {
        return jdbc.sql(PLANNED)
                        .param("id", run)
                        .param("node", node)
                        .param("inputs", inputs)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    boolean finish(UUID run, String node, String status, Instant now) {
        return jdbc.sql(FINISH)
                        .param("id", run)
                        .param("node", node)
                        .param("status", status)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    boolean hasUnfinished(UserId owner, String account) {
        return jdbc.sql(UNFINISHED)
                        .param("owner", owner.value())
                        .param("account", account)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Accounts whose run of the day is not finished (a node stopped half-way). */
    List<DeploymentRepository.AccountKey> unfinished(LocalDate date) {
        return jdbc.sql(UNFINISHED_ON)
                .param("date", date)
                .query((rs, n) -> new DeploymentRepository.AccountKey(
                        new UserId(rs.getObject("owner_id", UUID.class)), rs.getString("account_id")))
                .list();
    }

    void insertOrder(
            UUID run,
            int seq,
            String clientOrderId,
            String ticker,
            String side,
            BigDecimal quantity,
            BigDecimal notional,
            BigDecimal price,
            Instant now) {
        jdbc.sql(INSERT_ORDER)
                .param("run", run)
                .param("seq", seq)
                .param("id", clientOrderId)
                .param("ticker", ticker)
                .param("side", side)
                .param("quantity", quantity)
                .param("notional", notional)
                .param("price", price)
                .param("now", utc(now))
                .update();
    }

    List<TradingOrder> orders(UUID run) {
        return jdbc.sql(ORDERS).param("run", run).query((rs, n) -> order(rs)).list();
    }

    void updateOrder(
            UUID run,
            int seq,
            String status,
            @Nullable BigDecimal filled,
            @Nullable BigDecimal price,
            @Nullable String message,
            int tries,
            Instant now) {
        jdbc.sql(UPDATE_ORDER)
                .param("run", run)
                .param("seq", seq)
                .param("status", status)
                .param("filled", filled)
                .param("price", price)
                .param("message", message)
                .param("tries", tries)
                .param("now", utc(now))
                .update();
    }

    void insertEvent(
            UserId owner,
            String account,
            @Nullable UUID run,
            @Nullable UUID deployment,
            String kind,
            String code,
            String message,
            Instant at) {
        jdbc.sql(INSERT_EVENT)
                .param("owner", owner.value())
                .param("account", account)
                .param("run", run)
                .param("deployment", deployment)
                .param("kind", kind)
                .param("code", code)
                .param("message", message)
                .param("at", utc(at))
                .update();
    }

    List<TradingEvent> events(UserId owner, UUID run) {
        return jdbc.sql(EVENTS_OF_RUN)
                .param("run", run)
                .param("owner", owner.value())
                .query((rs, n) -> event(rs))
                .list();
    }

    List<TradingEvent> events(UserId owner, @Nullable UUID deployment, int limit) {
        return jdbc.sql(EVENTS)
                .param("owner", owner.value())
                .param("deployment", deployment)
                .param("limit", limit)
                .query((rs, n) -> event(rs))
                .list();
    }

    private static TradingRun run(ResultSet rs) throws SQLException {
        OffsetDateTime planned = rs.getObject("planned_at", OffsetDateTime.class);
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new TradingRun(
                rs.getObject("id", UUID.class),
                new UserId(rs.getObject("owner_id", UUID.class)),
                rs.getString("account_id"),
                rs.getObject("trading_date", LocalDate.class),
                rs.getString("status"),
                rs.getString("inputs"),
                rs.getString("claimed_by"),
                rs.getObject("lease_until", OffsetDateTime.class).toInstant(),
                rs.getInt("attempts"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                planned == null ? null : planned.toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private static TradingOrder order(ResultSet rs) throws SQLException {
        return new TradingOrder(
                rs.getObject("run_id", UUID.class),
                rs.getInt("seq"),
                rs.getString("client_order_id"),
                rs.getString("ticker"),
                rs.getString("side"),
                rs.getBigDecimal("quantity"),
                rs.getBigDecimal("notional"),
                rs.getBigDecimal("planning_price"),
                rs.getString("status"),
                rs.getBigDecimal("filled_quantity"),
                rs.getBigDecimal("average_price"),
                rs.getString("message"),
                rs.getInt("attempts"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static TradingEvent event(ResultSet rs) throws SQLException {
        return new TradingEvent(
                rs.getLong("id"),
                new UserId(rs.getObject("owner_id", UUID.class)),
                rs.getString("account_id"),
                rs.getObject("run_id", UUID.class),
                rs.getObject("deployment_id", UUID.class),
                rs.getString("kind"),
                rs.getString("code"),
                rs.getString("message"),
                rs.getObject("at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
