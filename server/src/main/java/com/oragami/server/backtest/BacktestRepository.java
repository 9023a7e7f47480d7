package com.oragami.server.backtest;

import com.oragami.server.platform.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code backtest_run}; reads of user data are scoped to the owner. */
@Repository
class BacktestRepository {

    private static final String SUMMARY_COLUMNS =
            "id, symphony_id, symphony_name, from_date, to_date, capital, slippage_bps, fees, benchmark, status,"
                    + " progress, problems, requested_at, started_at, finished_at";
    private static final String INSERT = """
            INSERT INTO backtest_run (id, owner_id, symphony_id, symphony_name, canonical_json, from_date, to_date,
                                      capital, slippage_bps, fees, benchmark, status, requested_at)
            VALUES (:id, :owner, :symphony, :name, :json, :from, :to, :capital, :slippage, :fees, :benchmark,
                    'QUEUED', :now)
            """;
    private static final String FIND = "SELECT " + SUMMARY_COLUMNS + """
            , metrics, series, rebalances FROM backtest_run WHERE owner_id = :owner AND id = :id
            """;
    private static final String LIST = "SELECT " + SUMMARY_COLUMNS + """
             FROM backtest_run WHERE owner_id = :owner ORDER BY requested_at DESC, id LIMIT :limit
            """;
    private static final String WORK = """
            SELECT owner_id, canonical_json FROM backtest_run WHERE id = :id
            """;
    private static final String SYMPHONY = """
            SELECT canonical_json FROM backtest_run WHERE owner_id = :owner AND id = :id
            """;
    private static final String PROGRESS = """
            UPDATE backtest_run SET progress = :progress WHERE id = :id AND status = 'RUNNING'
            """;
    private static final String START = """
            UPDATE backtest_run SET status = 'RUNNING', started_at = :now WHERE id = :id AND status = 'QUEUED'
            """;
    private static final String FINISH = """
            UPDATE backtest_run
            SET status = 'DONE', progress = 1, problems = CAST(:problems AS jsonb), metrics = CAST(:metrics AS jsonb),
                series = CAST(:series AS jsonb), rebalances = CAST(:rebalances AS jsonb), finished_at = :now
            WHERE id = :id
            """;
    private static final String FAIL = """
            UPDATE backtest_run SET status = 'FAILED', problems = CAST(:problems AS jsonb), finished_at = :now
            WHERE id = :id
            """;
    private static final String FAIL_UNFINISHED = """
            UPDATE backtest_run SET status = 'FAILED', problems = CAST(:problems AS jsonb), finished_at = :now
            WHERE status IN ('QUEUED', 'RUNNING')
            """;

    private final JdbcClient jdbc;

    BacktestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id,
            UserId owner,
            UUID symphony,
            String name,
            String canonicalJson,
            BacktestParameters parameters,
            OffsetDateTime now) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("owner", owner.value())
                .param("symphony", symphony)
                .param("name", name)
                .param("json", canonicalJson)
                .param("from", parameters.from())
                .param("to", parameters.to())
                .param("capital", parameters.capital())
                .param("slippage", parameters.slippageBps())
                .param("fees", parameters.fees())
                .param("benchmark", parameters.benchmark())
                .param("now", now)
                .update();
    }

    Optional<BacktestRun> find(UserId owner, UUID id) {
        return jdbc.sql(FIND)
                .param("owner", owner.value())
                .param("id", id)
                .query((rs, row) -> run(rs, true))
                .optional();
    }

    List<BacktestRun> list(UserId owner, int limit) {
        return jdbc.sql(LIST)
                .param("owner", owner.value())
                .param("limit", limit)
                .query((rs, row) -> run(rs, false))
                .list();
    }

    /** A run's owner and symphony for the worker that runs it (workers only, hence no owner). */
    record Work(UserId owner, String canonicalJson) {}

    /** The owner and the symphony a run was requested for, as copied at request time (workers only). */
    Optional<Work> work(UUID id) {
        return jdbc.sql(WORK)
                .param("id", id)
                .query((rs, row) ->
                        new Work(new UserId(rs.getObject("owner_id", UUID.class)), rs.getString("canonical_json")))
                .optional();
    }

    /** The symphony of one of the owner's runs, as copied at request time. */
    Optional<String> symphony(UserId owner, UUID id) {
        return jdbc.sql(SYMPHONY)
                .param("owner", owner.value())
                .param("id", id)
                .query(String.class)
                .optional();
    }

    void progress(UUID id, double progress) {
        jdbc.sql(PROGRESS).param("id", id).param("progress", progress).update();
    }

    boolean start(UUID id, OffsetDateTime now) {
        return jdbc.sql(START).param("id", id).param("now", now).update() == 1;
    }

    void finish(UUID id, String problems, String metrics, String series, String rebalances, OffsetDateTime now) {
        jdbc.sql(FINISH)
                .param("id", id)
                .param("problems", problems)
                .param("metrics", metrics)
                .param("series", series)
                .param("rebalances", rebalances)
                .param("now", now)
                .update();
    }

    void fail(UUID id, String problems, OffsetDateTime now) {
        jdbc.sql(FAIL)
                .param("id", id)
                .param("problems", problems)
                .param("now", now)
                .update();
    }

    int failUnfinished(String problems, OffsetDateTime now) {
        return jdbc.sql(FAIL_UNFINISHED)
                .param("problems", problems)
                .param("now", now)
                .update();
    }

    private static BacktestRun run(ResultSet rs, boolean documents) throws SQLException {
        return new BacktestRun(
                rs.getObject("id", UUID.class),
                rs.getObject("symphony_id", UUID.class),
                rs.getString("symphony_name"),
                new BacktestParameters(
                        rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class),
                        rs.getDouble("capital"),
                        rs.getDouble("slippage_bps"),
                        rs.getBoolean("fees"),
                        rs.getString("benchmark")),
                BacktestStatus.valueOf(rs.getString("status")),
                rs.getDouble("progress"),
                rs.getString("problems"),
                documents ? rs.getString("metrics") : null,
                documents ? rs.getString("series") : null,
                documents ? rs.getString("rebalances") : null,
                rs.getObject("requested_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
