package com.oragami.server.marketdata;

import com.oragami.engine.prices.PriceSeries;
import com.oragami.engine.symphony.Ticker;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * SQL on {@code marketdata_bar}. Bulk loads use PostgreSQL's {@code COPY} (the bundled set is
 * ~1.1 million rows); provider bars are upserted in JDBC batches. Callers hold the transaction.
 */
@Repository
class BarRepository {

    private static final String COPY = """
            COPY marketdata_bar (ticker, day, adj_close, source, fetched_at) FROM STDIN (FORMAT csv)
            """;

    private static final String UPSERT = """
            INSERT INTO marketdata_bar
                (ticker, day, open, high, low, close, adj_close, volume, dividend, split_ratio, source, fetched_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (ticker, day) DO UPDATE SET
                open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close,
                adj_close = EXCLUDED.adj_close, volume = EXCLUDED.volume, dividend = EXCLUDED.dividend,
                split_ratio = EXCLUDED.split_ratio, source = EXCLUDED.source, fetched_at = EXCLUDED.fetched_at
            """;

    private static final String CLOSES = """
            SELECT day, adj_close FROM marketdata_bar WHERE ticker = :ticker ORDER BY day
            """;

    private static final String BARS = """
            SELECT ticker, day, open, high, low, close, adj_close, volume, dividend, split_ratio
            FROM marketdata_bar
            WHERE ticker = :ticker AND day BETWEEN :from AND :to
            ORDER BY day
            LIMIT :limit
            """;

    private static final String LAST = """
            SELECT ticker, day, open, high, low, close, adj_close, volume, dividend, split_ratio
            FROM marketdata_bar
            WHERE ticker = :ticker
            ORDER BY day DESC
            LIMIT :count
            """;

    private static final String RESCALE_BEFORE = """
            UPDATE marketdata_bar SET adj_close = adj_close * :factor WHERE ticker = :ticker AND day < :day
            """;

    private static final String COUNT = "SELECT count(*) FROM marketdata_bar WHERE ticker = :ticker";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;

    BarRepository(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
    }

    /** Appends a whole adjusted-close series with {@code COPY}; fails on any existing (ticker, day). */
    long copy(PriceSeries series, String source, Instant fetchedAt) {
        StringBuilder csv = new StringBuilder(series.size() * 48);
        String tail = "," + source + "," + OffsetDateTime.ofInstant(fetchedAt, ZoneOffset.UTC) + "\n";
        String ticker = quoted(series.ticker().symbol());
        LocalDate[] dates = series.dates();
        double[] closes = series.closes();
        for (int i = 0; i < dates.length; i++) {
            // Double.toString is the shortest text that parses back to the same double.
            csv.append(ticker)
                    .append(',')
                    .append(dates[i])
                    .append(',')
                    .append(closes[i])
                    .append(tail);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of " + series.ticker() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String quoted(String symbol) {
        return '"' + symbol.replace("\"", "\"\"") + '"';
    }

    /** Inserts or replaces bars by (ticker, day). */
    void upsert(List<Bar> bars, String source, Instant fetchedAt) {
        OffsetDateTime at = OffsetDateTime.ofInstant(fetchedAt, ZoneOffset.UTC);
        template.batchUpdate(UPSERT, bars, 1000, (ps, bar) -> {
            ps.setString(1, bar.ticker().symbol());
            ps.setObject(2, bar.day());
            setPrice(ps, 3, bar.open());
            setPrice(ps, 4, bar.high());
            setPrice(ps, 5, bar.low());
            setPrice(ps, 6, bar.close());
            ps.setDouble(7, bar.adjClose());
            if (bar.volume() == null) {
                ps.setNull(8, Types.BIGINT);
            } else {
                ps.setLong(8, bar.volume());
            }
            ps.setDouble(9, bar.dividend());
            ps.setDouble(10, bar.splitRatio());
            ps.setString(11, source);
            ps.setObject(12, at);
        });
    }

    private static void setPrice(java.sql.PreparedStatement ps, int index, double price) throws SQLException {
        if (Double.isNaN(price)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, price);
        }
    }

    /** Multiplies the adjusted closes before {@code day} by {@code factor} (splicing re-adjusted history). */
    int rescaleBefore(Ticker ticker, LocalDate day, double factor) {
        return jdbc.sql(RESCALE_BEFORE)
                .param("ticker", ticker.symbol())
                .param("day", day)
                .param("factor", factor)
                .update();
    }

    /** The stored adjusted closes as a series, or empty when none are stored. */
    Optional<PriceSeries> series(Ticker ticker) {
        List<LocalDate> days = new ArrayList<>();
        List<Double> closes = new ArrayList<>();
        jdbc.sql(CLOSES).param("ticker", ticker.symbol()).query(rs -> {
            days.add(rs.getObject(1, LocalDate.class));
            closes.add(rs.getDouble(2));
        });
        if (days.isEmpty()) {
            return Optional.empty();
        }
        double[] values = new double[closes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = closes.get(i);
        }
        return Optional.of(new PriceSeries(ticker, days.toArray(LocalDate[]::new), values, false));
    }

    List<Bar> bars(Ticker ticker, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql(BARS)
                .param("ticker", ticker.symbol())
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query((rs, row) -> bar(rs))
                .list();
    }

    /** The last {@code count} bars, oldest first. */
    List<Bar> last(Ticker ticker, int count) {
        List<Bar> newestFirst = jdbc.sql(LAST)
                .param("ticker", ticker.symbol())
                .param("count", count)
                .query((rs, row) -> bar(rs))
                .list();
        List<Bar> bars = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(bars);
        return bars;
    }

    long count(Ticker ticker) {
        return jdbc.sql(COUNT)
                .param("ticker", ticker.symbol())
                .query(Long.class)
                .single();
    }

    private static Bar bar(ResultSet rs) throws SQLException {
        long volume = rs.getLong("volume");
        Long boxed = rs.wasNull() ? null : volume;
        return new Bar(
                new Ticker(rs.getString("ticker")),
                rs.getObject("day", LocalDate.class),
                price(rs, "open"),
                price(rs, "high"),
                price(rs, "low"),
                price(rs, "close"),
                rs.getDouble("adj_close"),
                boxed,
                rs.getDouble("dividend"),
                rs.getDouble("split_ratio"));
    }

    private static double price(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }
}
