package com.oragami.server.broker;

import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.BrokerOrder;
import com.oragami.engine.trading.ClientOrderId;
import com.oragami.engine.trading.Fill;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Order;
import com.oragami.engine.trading.Price;
import com.oragami.engine.trading.Quantity;
import com.oragami.engine.trading.Side;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the simulated paper broker's {@code broker_sim_account}, {@code broker_sim_position} and
 * {@code broker_sim_order}. Reached only through a connection id the {@code Brokers} API resolved.
 */
@Repository
class SimulatedAccountRepository {

    private static final String INSERT_ACCOUNT = """
            INSERT INTO broker_sim_account (connection_id, cash) VALUES (:id, :cash)
            """;
    private static final String LOCK_CASH = """
            SELECT cash FROM broker_sim_account WHERE connection_id = :id FOR UPDATE
            """;
    private static final String CASH = """
            SELECT cash FROM broker_sim_account WHERE connection_id = :id
            """;
    private static final String SET_CASH = """
            UPDATE broker_sim_account SET cash = :cash WHERE connection_id = :id
            """;
    private static final String POSITIONS = """
            SELECT symbol, quantity FROM broker_sim_position WHERE connection_id = :id ORDER BY symbol
            """;
    private static final String POSITION = """
            SELECT quantity FROM broker_sim_position WHERE connection_id = :id AND symbol = :symbol
            """;
    private static final String SET_POSITION = """
            INSERT INTO broker_sim_position (connection_id, symbol, quantity) VALUES (:id, :symbol, :quantity)
            ON CONFLICT (connection_id, symbol) DO UPDATE SET quantity = EXCLUDED.quantity
            """;
    private static final String DELETE_POSITION = """
            DELETE FROM broker_sim_position WHERE connection_id = :id AND symbol = :symbol
            """;
    private static final String ORDER = """
            SELECT client_order_id, symbol, side, quantity, notional, planning_price, status, filled_quantity,
                   fill_price, rejection
            FROM broker_sim_order WHERE connection_id = :id AND client_order_id = :clientOrderId
            """;
    private static final String INSERT_ORDER = """
            INSERT INTO broker_sim_order (id, connection_id, client_order_id, symbol, side, quantity, notional,
                                          planning_price, status, filled_quantity, fill_price, rejection, created_at)
            VALUES (:uuid, :id, :clientOrderId, :symbol, :side, :quantity, :notional, :planningPrice, :status,
                    :filledQuantity, :fillPrice, :rejection, :now)
            ON CONFLICT ON CONSTRAINT broker_sim_order_client_order_id DO NOTHING
            """;

    private final JdbcClient jdbc;

    SimulatedAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(BrokerConnectionId id, Money cash) {
        jdbc.sql(INSERT_ACCOUNT)
                .param("id", id.value())
                .param("cash", cash.amount())
                .update();
    }

    /** The account's cash, its row locked until the transaction ends (orders of one account queue). */
    Optional<Money> lockCash(BrokerConnectionId id) {
        return jdbc.sql(LOCK_CASH)
                .param("id", id.value())
                .query((rs, n) -> Money.of(rs.getBigDecimal("cash")))
                .optional();
    }

    Optional<Money> cash(BrokerConnectionId id) {
        return jdbc.sql(CASH)
                .param("id", id.value())
                .query((rs, n) -> Money.of(rs.getBigDecimal("cash")))
                .optional();
    }

    void setCash(BrokerConnectionId id, Money cash) {
        jdbc.sql(SET_CASH).param("id", id.value()).param("cash", cash.amount()).update();
    }

    SortedMap<Ticker, Quantity> positions(BrokerConnectionId id) {
        TreeMap<Ticker, Quantity> positions = new TreeMap<>();
        jdbc.sql(POSITIONS).param("id", id.value()).query((ResultSet rs) -> {
            positions.put(new Ticker(rs.getString("symbol")), Quantity.of(rs.getBigDecimal("quantity")));
        });
        return positions;
    }

    Quantity position(BrokerConnectionId id, Ticker ticker) {
        return jdbc.sql(POSITION)
                .param("id", id.value())
                .param("symbol", ticker.symbol())
                .query((rs, n) -> Quantity.of(rs.getBigDecimal("quantity")))
                .optional()
                .orElse(Quantity.ZERO);
    }

    void setPosition(BrokerConnectionId id, Ticker ticker, Quantity quantity) {
        if (quantity.isZero()) {
            jdbc.sql(DELETE_POSITION)
                    .param("id", id.value())
                    .param("symbol", ticker.symbol())
                    .update();
        } else {
            jdbc.sql(SET_POSITION)
                    .param("id", id.value())
                    .param("symbol", ticker.symbol())
                    .param("quantity", quantity.shares())
                    .update();
        }
    }

    Optional<BrokerOrder> order(BrokerConnectionId id, ClientOrderId clientOrderId) {
        return jdbc.sql(ORDER)
                .param("id", id.value())
                .param("clientOrderId", clientOrderId.value())
                .query(SimulatedAccountRepository::order)
                .optional();
    }

    /** Records an order; false when one with its client order id was already there. */
    boolean insertOrder(BrokerConnectionId id, BrokerOrder result, Instant now) {
        Order order = result.order();
        return jdbc.sql(INSERT_ORDER)
                        .param("uuid", UUID.randomUUID())
                        .param("id", id.value())
                        .param("clientOrderId", order.clientOrderId().value())
                        .param("symbol", order.ticker().symbol())
                        .param("side", order.side().name())
                        .param("quantity", order.quantity().shares())
                        .param("notional", order.notional().amount())
                        .param("planningPrice", order.planningPrice().value())
                        .param("status", result.status().name())
                        .param(
                                "filledQuantity",
                                result.fill().map(f -> f.quantity().shares()).orElse(null))
                        .param(
                                "fillPrice",
                                result.fill().map(f -> f.averagePrice().value()).orElse(null))
                        .param("rejection", result.rejection().orElse(null))
                        .param("now", BrokerRepository.utc(now))
                        .update()
                > 0;
    }

    private static BrokerOrder order(ResultSet rs, int n) throws SQLException {
        ClientOrderId id = new ClientOrderId(rs.getString("client_order_id"));
        Order order = new Order(
                id,
                new Ticker(rs.getString("symbol")),
                Side.valueOf(rs.getString("side")),
                Quantity.of(rs.getBigDecimal("quantity")),
                Money.of(rs.getBigDecimal("notional")),
                new Price(rs.getBigDecimal("planning_price")));
        BigDecimal filled = rs.getBigDecimal("filled_quantity");
        BigDecimal price = rs.getBigDecimal("fill_price");
        Optional<Fill> fill = filled == null || price == null
                ? Optional.empty()
                : Optional.of(new Fill(id, Quantity.of(filled), new Price(price)));
        return new BrokerOrder(
                order,
                BrokerOrder.Status.valueOf(rs.getString("status")),
                fill,
                Optional.ofNullable(rs.getString("rejection")));
    }
}
