package com.oragami.server.marketdata;

import com.oragami.engine.symphony.Ticker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL on {@code marketdata_coverage} and {@code marketdata_flag}. Callers hold the transaction. */
@Repository
class CoverageRepository {

    private static final String COLUMNS = """
            ticker, source, first_day, last_day, bars, status, progress, message, updated_at
            """;

    private static final String FIND = "SELECT " + COLUMNS + " FROM marketdata_coverage WHERE ticker = :ticker";

    private static final String ALL = "SELECT " + COLUMNS + " FROM marketdata_coverage ORDER BY ticker";

    private static final String FIND_MANY =
            "SELECT " + COLUMNS + " FROM marketdata_coverage WHERE ticker IN (:tickers) ORDER BY ticker";

    private static final String WITH_STATUS =
            "SELECT " + COLUMNS + " FROM marketdata_coverage WHERE status = :status ORDER BY ticker";

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('marketdata:' || :ticker))";

    /** Records what is stored now, from the bars themselves. */
    private static final String STORED = """
            INSERT INTO marketdata_coverage (ticker, source, first_day, last_day, bars, status, progress, message,
                                             updated_at)
            SELECT :ticker, :source, min(day), max(day), count(*), 'COMPLETE', 1, NULL, :now
            FROM marketdata_bar WHERE ticker = :ticker
            ON CONFLICT (ticker) DO UPDATE SET
                source = EXCLUDED.source, first_day = EXCLUDED.first_day, last_day = EXCLUDED.last_day,
                bars = EXCLUDED.bars, status = 'COMPLETE', progress = 1, message = NULL, updated_at = EXCLUDED.updated_at
            """;

    private static final String STATUS = """
            INSERT INTO marketdata_coverage (ticker, source, status, progress, message, requested_at, updated_at)
            VALUES (:ticker, :source, :status, :progress, :message, :now, :now)
            ON CONFLICT (ticker) DO UPDATE SET
                status = EXCLUDED.status, progress = EXCLUDED.progress, message = EXCLUDED.message,
                requested_at = CASE WHEN EXCLUDED.status = 'QUEUED' THEN EXCLUDED.requested_at
                                    ELSE marketdata_coverage.requested_at END,
                updated_at = EXCLUDED.updated_at
            """;

    private static final String PROGRESS = """
            UPDATE marketdata_coverage SET progress = :progress, updated_at = :now
            WHERE ticker = :ticker AND status = 'RUNNING'
            """;

    private static final String FLAGS_OF = """
            SELECT ticker, day, kind, detail FROM marketdata_flag WHERE ticker IN (:tickers) ORDER BY ticker, day, kind
            """;

    private static final String ALL_FLAGS =
            "SELECT ticker, day, kind, detail FROM marketdata_flag ORDER BY ticker, day";

    private static final String ADD_FLAG = """
            INSERT INTO marketdata_flag (ticker, day, kind, detail, raised_at) VALUES (:ticker, :day, :kind, :detail, :now)
            ON CONFLICT (ticker, day, kind) DO UPDATE SET detail = EXCLUDED.detail
            """;

    private static final String CLEAR_FLAGS = "DELETE FROM marketdata_flag WHERE ticker = :ticker";

    private final JdbcClient jdbc;

    CoverageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes writers of one ticker until the transaction ends. */
    void lock(Ticker ticker) {
        jdbc.sql(LOCK).param("ticker", ticker.symbol()).query(rs -> {});
    }

    Optional<Coverage> find(Ticker ticker) {
        return jdbc.sql(FIND)
                .param("ticker", ticker.symbol())
                .query((rs, row) -> coverage(rs))
                .optional()
                .map(c -> c.withFlags(flags(List.of(ticker)).getOrDefault(ticker, List.of())));
    }

    /** Every ticker's coverage with its flags, in ticker order. */
    List<Coverage> all() {
        Map<Ticker, List<QualityFlag>> flags =
                group(jdbc.sql(ALL_FLAGS).query((rs, row) -> flag(rs)).list());
        return jdbc.sql(ALL).query((rs, row) -> coverage(rs)).list().stream()
                .map(c -> c.withFlags(flags.getOrDefault(c.ticker(), List.of())))
                .toList();
    }

    /** The coverage of the given tickers that have a row, with flags, in ticker order. */
    List<Coverage> find(Collection<Ticker> tickers) {
        if (tickers.isEmpty()) {
            return List.of();
        }
        List<String> symbols = tickers.stream().map(Ticker::symbol).toList();
        Map<Ticker, List<QualityFlag>> flags = flags(tickers);
        return jdbc.sql(FIND_MANY).param("tickers", symbols).query((rs, row) -> coverage(rs)).list().stream()
                .map(c -> c.withFlags(flags.getOrDefault(c.ticker(), List.of())))
                .toList();
    }

    List<Coverage> withStatus(BackfillStatus status) {
        return jdbc.sql(WITH_STATUS)
                .param("status", status.name())
                .query((rs, row) -> coverage(rs))
                .list();
    }

    /** Sets first/last day and count from the stored bars and marks the ticker COMPLETE. */
    void recordStored(Ticker ticker, String source, Instant now) {
        jdbc.sql(STORED)
                .param("ticker", ticker.symbol())
                .param("source", source)
                .param("now", utc(now))
                .update();
    }

    void status(
            Ticker ticker,
            String source,
            BackfillStatus status,
            double progress,
            @Nullable String message,
            Instant now) {
        jdbc.sql(STATUS)
                .param("ticker", ticker.symbol())
                .param("source", source)
                .param("status", status.name())
                .param("progress", progress)
                .param("message", message)
                .param("now", utc(now))
                .update();
    }

    void progress(Ticker ticker, double progress, Instant now) {
        jdbc.sql(PROGRESS)
                .param("ticker", ticker.symbol())
                .param("progress", progress)
                .param("now", utc(now))
                .update();
    }

    /** Replaces the ticker's flags by {@code flags}. */
    void replaceFlags(Ticker ticker, List<QualityFlag> flags, Instant now) {
        jdbc.sql(CLEAR_FLAGS).param("ticker", ticker.symbol()).update();
        for (QualityFlag flag : flags) {
            jdbc.sql(ADD_FLAG)
                    .param("ticker", flag.ticker().symbol())
                    .param("day", flag.day())
                    .param("kind", flag.kind().name())
                    .param("detail", flag.detail())
                    .param("now", utc(now))
                    .update();
        }
    }

    Map<Ticker, List<QualityFlag>> flags(Collection<Ticker> tickers) {
        if (tickers.isEmpty()) {
            return Map.of();
        }
        List<String> symbols = tickers.stream().map(Ticker::symbol).toList();
        return group(jdbc.sql(FLAGS_OF)
                .param("tickers", symbols)
                .query((rs, row) -> flag(rs))
                .list());
    }

    private static Map<Ticker, List<QualityFlag>> group(List<QualityFlag> flags) {
        Map<Ticker, List<QualityFlag>> byTicker = new LinkedHashMap<>();
        for (QualityFlag flag : flags) {
            byTicker.computeIfAbsent(flag.ticker(), t -> new ArrayList<>()).add(flag);
        }
        return byTicker;
    }

    private static QualityFlag flag(ResultSet rs) throws SQLException {
        return new QualityFlag(
                new Ticker(rs.getString("ticker")),
                rs.getObject("day", LocalDate.class),
                QualityFlag.Kind.valueOf(rs.getString("kind")),
                rs.getString("detail"));
    }

    private static Coverage coverage(ResultSet rs) throws SQLException {
        return new Coverage(
                new Ticker(rs.getString("ticker")),
                rs.getString("source"),
                rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class),
                rs.getInt("bars"),
                BackfillStatus.valueOf(rs.getString("status")),
                rs.getDouble("progress"),
                rs.getString("message"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                List.of());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
