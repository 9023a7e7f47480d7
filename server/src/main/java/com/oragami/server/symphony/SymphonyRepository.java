package com.oragami.server.symphony;

import com.oragami.server.platform.UserId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code symphony}; every statement is scoped to the owner. */
@Repository
class SymphonyRepository {

    private static final String COLUMNS =
            "id, name, description, format, source, canonical_json, tickers, node_count, rebalance, created_at,"
                    + " updated_at";
    private static final String LOCK_OWNER = """
            SELECT pg_advisory_xact_lock(hashtextextended(CAST(:owner AS text), 40))
            """;
    private static final String COUNT = """
            SELECT count(*) FROM symphony WHERE owner_id = :owner
            """;
    private static final String LIST = "SELECT " + COLUMNS + """
             FROM symphony WHERE owner_id = :owner ORDER BY created_at DESC, id
            """;
    private static final String FIND = "SELECT " + COLUMNS + """
             FROM symphony WHERE owner_id = :owner AND id = :id
            """;
    private static final String INSERT = """
            INSERT INTO symphony (id, owner_id, name, description, format, source, canonical_json, tickers, node_count,
                                  rebalance, created_at, updated_at)
            VALUES (:id, :owner, :name, :description, :format, :source, :json, :tickers, :nodes, :rebalance, :now, :now)
            """;
    private static final String RENAME = """
            UPDATE symphony SET name = :name, updated_at = :now WHERE owner_id = :owner AND id = :id
            """;
    private static final String REPLACE = """
            UPDATE symphony
            SET description = :description, format = :format, source = :source, canonical_json = :json,
                tickers = :tickers, node_count = :nodes, rebalance = :rebalance, updated_at = :now
            WHERE owner_id = :owner AND id = :id
            """;
    private static final String DELETE = """
            DELETE FROM symphony WHERE owner_id = :owner AND id = :id
            """;

    private final JdbcClient jdbc;

    SymphonyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes uploads of one owner until the transaction ends, so the limit cannot be raced. */
    void lockOwner(UserId owner) {
        jdbc.sql(LOCK_OWNER).param("owner", owner.value()).query().listOfRows();
    }

    int count(UserId owner) {
        return jdbc.sql(COUNT)
                .param("owner", owner.value())
                .query(Integer.class)
                .single();
    }

    List<StoredSymphony> list(UserId owner) {
        return jdbc.sql(LIST).param("owner", owner.value()).query(this::row).list();
    }

    Optional<StoredSymphony> find(UserId owner, SymphonyId id) {
        return jdbc.sql(FIND)
                .param("owner", owner.value())
                .param("id", id.value())
                .query(this::row)
                .optional();
    }

    void insert(UserId owner, SymphonyId id, String name, String source, ReadSymphony read, OffsetDateTime now) {
        jdbc.sql(INSERT)
                .param("id", id.value())
                .param("owner", owner.value())
                .param("name", name)
                .param("description", read.symphony().description())
                .param("format", read.format())
                .param("source", source)
                .param("json", read.canonicalJson())
                .param("tickers", tickers(read))
                .param("nodes", read.symphony().nodeCount())
                .param("rebalance", read.symphony().rebalance().describe())
                .param("now", now)
                .update();
    }

    boolean rename(UserId owner, SymphonyId id, String name, OffsetDateTime now) {
        return jdbc.sql(RENAME)
                        .param("owner", owner.value())
                        .param("id", id.value())
                        .param("name", name)
                        .param("now", now)
                        .update()
                == 1;
    }

    boolean replace(UserId owner, SymphonyId id, String source, ReadSymphony read, OffsetDateTime now) {
        return jdbc.sql(REPLACE)
                        .param("owner", owner.value())
                        .param("id", id.value())
                        .param("description", read.symphony().description())
                        .param("format", read.format())
                        .param("source", source)
                        .param("json", read.canonicalJson())
                        .param("tickers", tickers(read))
                        .param("nodes", read.symphony().nodeCount())
                        .param("rebalance", read.symphony().rebalance().describe())
                        .param("now", now)
                        .update()
                == 1;
    }

    boolean delete(UserId owner, SymphonyId id) {
        return jdbc.sql(DELETE)
                        .param("owner", owner.value())
                        .param("id", id.value())
                        .update()
                == 1;
    }

    private static String[] tickers(ReadSymphony read) {
        return read.symphony().tickers().stream().map(t -> t.symbol()).toArray(String[]::new);
    }

    private StoredSymphony row(ResultSet rs, int row) throws SQLException {
        Array tickers = rs.getArray("tickers");
        return new StoredSymphony(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("format"),
                rs.getString("source"),
                rs.getString("canonical_json"),
                List.copyOf(Arrays.asList((String[]) tickers.getArray())),
                rs.getInt("node_count"),
                rs.getString("rebalance"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
