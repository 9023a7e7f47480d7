package com.oragami.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.prices.BundledPrices;
import com.oragami.engine.symphony.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Uploading a symphony starts loading its tickers (the test profile configures no provider). */
class MarketDataOnUploadIntegrationTest extends IntegrationTest {

    private static final String ONE_TICKER = """
            {"id": "r", "step": "root", "name": "Just %s", "description": "", "rebalance": "daily",
             "children": [{"id": "w", "step": "wt-cash-equal",
                           "children": [{"id": "a", "step": "asset", "ticker": "%s"}]}]}
            """;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnknownTickerIsStoredAndTheBacktestSaysWhatToConfigure() {
        Api.User user = api.register();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("source", ONE_TICKER.formatted("ZZQX", "ZZQX"));
        variables.put("name", null);

        JsonNode upload = api.query(Api.UPLOAD, variables, user).data("uploadSymphony");
        String symphony = upload.path("symphony").path("id").asString();
        JsonNode run = api.query("""
                        mutation($id: ID!) { runBacktest(input: {symphonyId: $id}) { backtest { id } problems { code } } }""", Map.of("id", symphony), user).data("runBacktest");
        JsonNode failed = await(user, run.path("backtest").path("id").asString());

        assertThat(upload.path("symphony").path("tickers").toString()).contains("ZZQX");
        assertThat(upload.path("problems").path(0).path("code").asString()).isEqualTo("ticker-without-prices");
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        JsonNode problem = failed.path("problems").path(0);
        assertThat(problem.path("code").asString()).as(failed.toString()).isEqualTo("unknown-ticker");
        assertThat(problem.path("message").asString()).contains("ZZQX").contains("MARKETDATA_PROVIDER");
    }

    @Test
    void uploadingLoadsABundledTickerInTheBackground() throws InterruptedException {
        Ticker ticker = notYetStored();
        Api.User user = api.register();

        api.upload(user, ONE_TICKER.formatted(ticker.symbol(), ticker.symbol()), null);

        Instant deadline = Instant.now().plusSeconds(20);
        int bars = 0;
        while (bars == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            bars = jdbc.sql("SELECT coalesce(max(bars), 0) FROM marketdata_coverage WHERE ticker = :t")
                    .param("t", ticker.symbol())
                    .query(Integer.class)
                    .single();
        }
        assertThat(bars).as("bars of %s stored after the upload", ticker).isPositive();
    }

    /** A bundled ticker no test has touched yet (the test profile does not preload the bundled set). */
    private Ticker notYetStored() {
        Set<String> stored = new HashSet<>(jdbc.sql("SELECT ticker FROM marketdata_coverage")
                .query(String.class)
                .list());
        return BundledPrices.standard().tickers().stream()
                .filter(t -> !stored.contains(t.symbol()))
                .sorted((a, b) -> b.symbol().compareTo(a.symbol()))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode await(Api.User user, String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode backtest = api.query(
                            "query($id: ID!) { backtest(id: $id) { status problems { code message } } }",
                            Map.of("id", id),
                            user)
                    .data("backtest");
            String status = backtest.path("status").asString();
            if (status.equals("DONE")
                    || status.equals("FAILED")
                    || Instant.now().isAfter(deadline)) {
                return backtest;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return backtest;
            }
        }
    }
}
