package com.oragami.server.ledger;

import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.BookId;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Quantity;
import com.oragami.engine.trading.Side;
import com.oragami.engine.trading.SymphonyBook;
import com.oragami.server.platform.UserId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the ledger tables; every read of a user's data names the owner. */
@Repository
class LedgerRepository {

    private static final String INSERT_BOOK = """
            INSERT INTO ledger_book (id, owner_id, account_id, cash, created_at)
            VALUES (:id, :owner, :account, 0, :at)
            """;
    private static final String FIND_BOOK = """
            SELECT id, cash FROM ledger_book WHERE id = :id AND owner_id = :owner
            """;
    private static final String LOCK_BOOK = """
            SELECT cash FROM ledger_book WHERE id = :id AND owner_id = :owner FOR UPDATE
            """;
    private static final String ACCOUNT_BOOKS = """
            SELECT id, cash FROM ledger_book
            WHERE account_id = :account AND owner_id = :owner AND closed_at IS NULL
            ORDER BY id
            """;
    private static final String POSITIONS = """
            SELECT book_id, ticker, quantity FROM ledger_position WHERE book_id = ANY(:ids)
            """;
    private static final String ADD_CASH = """
            UPDATE ledger_book SET cash = cash + :amount WHERE id = :id
            """;
    private static final String INSERT_FLOW = """
            INSERT INTO ledger_cash_flow (book_id, owner_id, amount, kind, at)
            VALUES (:book, :owner, :amount, :kind, :at)
            """;
    private static final String MOVE_POSITION = """
            UPDATE ledger_position SET quantity = quantity + :delta WHERE book_id = :book AND ticker = :ticker
            """;
    private static final String NEW_POSITION = """
            INSERT INTO ledger_position (book_id, ticker, quantity) VALUES (:book, :ticker, :delta)
            """;
    private static final String DROP_EMPTY = """
            DELETE FROM ledger_position WHERE book_id = :book AND ticker = :ticker AND quantity = 0
            """;
    private static final String INSERT_FILL = """
            INSERT INTO ledger_fill (book_id, owner_id, run_id, trading_date, ticker, side, quantity, cash, internal, at)
            VALUES (:book, :owner, :run, :date, :ticker, :side, :quantity, :cash, :internal, :at)
            """;
    private static final String FILLS = """
            SELECT book_id, run_id, trading_date, ticker, side, quantity, cash, internal, at
            FROM ledger_fill WHERE book_id = :book AND owner_id = :owner
            ORDER BY id DESC LIMIT :limit
            """;
    private static final String LAST_VALUE_AT = """
            SELECT max(at) FROM ledger_daily_value WHERE book_id = :book
            """;
    private static final String FLOW_SINCE = """
            SELECT coalesce(sum(amount), 0) FROM ledger_cash_flow
            WHERE book_id = :book AND (CAST(:since AS timestamptz) IS NULL OR at > :since) AND at <= :until
            """;
    private static final String UPSERT_VALUE = """
            INSERT INTO ledger_daily_value (book_id, owner_id, trading_date, value, cash, flow, at)
            VALUES (:book, :owner, :date, :value, :cash, :flow, :at)
            ON CONFLICT (book_id, trading_date) DO UPDATE
            SET value = EXCLUDED.value, cash = EXCLUDED.cash, flow = EXCLUDED.flow, at = EXCLUDED.at
            """;
    private static final String VALUES = """
            SELECT trading_date, value, cash, flow FROM ledger_daily_value
            WHERE book_id = :book AND owner_id = :owner ORDER BY trading_date
            """;
    private static final String ACCOUNT_VALUES = """
            SELECT v.trading_date, sum(v.value) AS value, sum(v.cash) AS cash, sum(v.flow) AS flow
            FROM ledger_daily_value v JOIN ledger_book b ON b.id = v.book_id
            WHERE b.account_id = :account AND v.owner_id = :owner AND b.owner_id = :owner
            GROUP BY v.trading_date ORDER BY v.trading_date
            """;
    private static final String CLOSE = """
            UPDATE ledger_book SET closed_at = :at WHERE id = :id AND owner_id = :owner
            """;
    private static final String OWNER_OF = """
            SELECT owner_id FROM ledger_book WHERE id = :id
            """;

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertBook(UserId owner, UUID id, String account, Instant at) {
        jdbc.sql(INSERT_BOOK)
                .param("id", id)
                .param("owner", owner.value())
                .param("account", account)
                .param("at", utc(at))
                .update();
    }

    Optional<SymphonyBook> find(UserId owner, UUID id) {
        Optional<BigDecimal> cash = jdbc.sql(FIND_BOOK)
                .param("id", id)
                .param("owner", owner.value())
                .query((rs, n) -> rs.getBigDecimal("cash"))
                .optional();
        return cash.map(c -> withPositions(Map.of(id, c)).get(0));
    }

    Optional<BigDecimal> lockCash(UserId owner, UUID id) {
        return jdbc.sql(LOCK_BOOK)
                .param("id", id)
                .param("owner", owner.value())
                .query((rs, n) -> rs.getBigDecimal("cash"))
                .optional();
    }

    List<SymphonyBook> accountBooks(UserId owner, String account) {
        Map<UUID, BigDecimal> cash = new LinkedHashMap<>();
        jdbc.sql(ACCOUNT_BOOKS)
                .param("account", account)
                .param("owner", owner.value())
                .query(rs -> {
                    cash.put(rs.getObject("id", UUID.class), rs.getBigDecimal("cash"));
                });
        return withPositions(cash);
    }

    private List<SymphonyBook> withPositions(Map<UUID, BigDecimal> cash) {
        if (cash.isEmpty()) {
            return List.of();
        }
        Map<UUID, TreeMap<Ticker, Quantity>> positions = new LinkedHashMap<>();
        cash.keySet().forEach(id -> positions.put(id, new TreeMap<>()));
        jdbc.sql(POSITIONS).param("ids", cash.keySet().toArray(UUID[]::new)).query(rs -> {
            positions
                    .get(rs.getObject("book_id", UUID.class))
                    .put(new Ticker(rs.getString("ticker")), Quantity.of(rs.getBigDecimal("quantity")));
        });
        List<SymphonyBook> books = new ArrayList<>();
        cash.forEach((id, c) -> books.add(new SymphonyBook(BookId.of(id.toString()), Money.of(c), positions.get(id))));
        return books;
    }

    void addCash(UUID book, Money amount) {
        jdbc.sql(ADD_CASH).param("id", book).param("amount", amount.amount()).update();
    }

    void insertFlow(UserId owner, UUID book, Money amount, String kind, Instant at) {
        jdbc.sql(INSERT_FLOW)
                .param("book", book)
                .param("owner", owner.value())
                .param("amount", amount.amount())
                .param("kind", kind)
                .param("at", utc(at))
                .update();
    }

    /** Adds (or with a negative delta removes) shares; a position never goes below zero (CHECK). */
    void movePosition(UUID book, Ticker ticker, BigDecimal delta) {
        jdbc.sql(DROP_EMPTY)
                .param("book", book)
                .param("ticker", ticker.symbol())
                .update();
        int updated = jdbc.sql(MOVE_POSITION)
                .param("book", book)
                .param("ticker", ticker.symbol())
                .param("delta", delta)
                .update();
        if (updated == 0) {
            jdbc.sql(NEW_POSITION)
                    .param("book", book)
                    .param("ticker", ticker.symbol())
                    .param("delta", delta)
                    .update();
        }
        jdbc.sql(DROP_EMPTY)
                .param("book", book)
                .param("ticker", ticker.symbol())
                .update();
    }

    void insertFill(
            UserId owner,
            UUID book,
            @Nullable UUID run,
            LocalDate date,
            Ticker ticker,
            Side side,
            Quantity quantity,
            Money cash,
            boolean internal,
            Instant at) {
        jdbc.sql(INSERT_FILL)
                .param("book", book)
                .param("owner", owner.value())
                .param("run", run)
                .param("date", date)
                .param("ticker", ticker.symbol())
                .param("side", side.name())
                .param("quantity", quantity.shares())
                .param("cash", cash.amount())
                .param("internal", internal)
                .param("at", utc(at))
                .update();
    }

    List<LedgerFill> fills(UserId owner, UUID book, int limit) {
        return jdbc.sql(FILLS)
                .param("book", book)
                .param("owner", owner.value())
                .param("limit", limit)
                .query((rs, n) -> new LedgerFill(
                        rs.getObject("book_id", UUID.class),
                        rs.getObject("run_id", UUID.class),
                        rs.getObject("trading_date", LocalDate.class),
                        rs.getString("ticker"),
                        Side.valueOf(rs.getString("side")),
                        Quantity.of(rs.getBigDecimal("quantity")),
                        Money.of(rs.getBigDecimal("cash")),
                        rs.getBoolean("internal"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    Money flowSince(UUID book, Instant until) {
        OffsetDateTime since = jdbc.sql(LAST_VALUE_AT)
                .param("book", book)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .orElse(null);
        BigDecimal sum = jdbc.sql(FLOW_SINCE)
                .param("book", book)
                .param("since", since)
                .param("until", utc(until))
                .query(BigDecimal.class)
                .single();
        return Money.of(sum);
    }

    void upsertValue(UserId owner, UUID book, LocalDate date, Money value, Money cash, Money flow, Instant at) {
        jdbc.sql(UPSERT_VALUE)
                .param("book", book)
                .param("owner", owner.value())
                .param("date", date)
                .param("value", value.amount())
                .param("cash", cash.amount())
                .param("flow", flow.amount())
                .param("at", utc(at))
                .update();
    }

    List<DailyValue> values(UserId owner, UUID book) {
        return jdbc.sql(VALUES)
                .param("book", book)
                .param("owner", owner.value())
                .query((rs, n) -> value(rs))
                .list();
    }

    List<DailyValue> accountValues(UserId owner, String account) {
        return jdbc.sql(ACCOUNT_VALUES)
                .param("account", account)
                .param("owner", owner.value())
                .query((rs, n) -> value(rs))
                .list();
    }

    void close(UserId owner, UUID id, Instant at) {
        jdbc.sql(CLOSE)
                .param("id", id)
                .param("owner", owner.value())
                .param("at", utc(at))
                .update();
    }

    Optional<UserId> ownerOf(UUID id) {
        return jdbc.sql(OWNER_OF)
                .param("id", id)
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
                .optional();
    }

    private static DailyValue value(ResultSet rs) throws SQLException {
        return new DailyValue(
                rs.getObject("trading_date", LocalDate.class),
                Money.valued(rs.getBigDecimal("value")),
                Money.valued(rs.getBigDecimal("cash")),
                Money.valued(rs.getBigDecimal("flow")));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
