package com.oragami.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A ticker no one has data for: the upload keeps the symphony, the backtest says what to configure. */
class MarketDataOnUploadIntegrationTest extends IntegrationTest {

    private static final String ONE_TICKER = """
            {"id": "r", "step": "root", "name": "Just %s", "description": "", "rebalance": "daily",
             "children": [{"id": "w", "step": "wt-cash-equal",
                           "children": [{"id": "a", "step": "asset", "ticker": "%s"}]}]}
            """;

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
