package com.oragami.server.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.server.marketdata.MarketData;
import com.oragami.server.platform.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole server over its own embedded PostgreSQL with a settable clock, simulated broker
 * accounts, recorded live prices and waits that move the clock. Tests isolate by their own users
 * and connection ids; nothing is cleaned up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TradingTestBase.Config.class)
abstract class TradingTestBase {

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }

        @Bean
        @Primary
        TestBrokers testBrokers() {
            return new TestBrokers();
        }

        @Bean
        @Primary
        TestQuotes testQuotes(MarketData marketData) {
            return new TestQuotes(marketData);
        }

        @Bean
        @Primary
        Pause testPause(MutableClock clock) {
            return clock::advance;
        }
    }

    /** A registered, signed-in user. */
    record User(UserId id, String token) {}

    static final String PASSWORD = "correct horse battery staple";

    /** Always SPY. */
    static final String ALWAYS_SPY = score("Always SPY", asset("SPY"));

    /** Always TLT. */
    static final String ALWAYS_TLT = score("Always TLT", asset("TLT"));

    /** TLT when SPY is above $1000, else SPY. */
    static final String SPY_OR_TLT = score("SPY or TLT", """
            {"id": "i", "step": "if", "children": [
              {"id": "c1", "step": "if-child", "is-else-condition?": false, "lhs-fn": "current-price",
               "lhs-val": "SPY", "comparator": "gt", "rhs-fixed-value?": true, "rhs-val": "1000",
               "children": [{"id": "t", "step": "asset", "ticker": "TLT"}]},
              {"id": "c2", "step": "if-child", "is-else-condition?": true,
               "children": [{"id": "s", "step": "asset", "ticker": "SPY"}]}]}""");

    /** XLE while GLD trades above $1, which it always does: fails only when GLD has no price. */
    static final String XLE_IF_GLD = score("XLE if GLD", """
            {"id": "i", "step": "if", "children": [
              {"id": "c1", "step": "if-child", "is-else-condition?": false, "lhs-fn": "current-price",
               "lhs-val": "GLD", "comparator": "gt", "rhs-fixed-value?": true, "rhs-val": "1",
               "children": [{"id": "x", "step": "asset", "ticker": "XLE"}]},
              {"id": "c2", "step": "if-child", "is-else-condition?": true,
               "children": [{"id": "y", "step": "asset", "ticker": "XLE"}]}]}""");

    static String asset(String ticker) {
        return "{\"id\": \"a-" + ticker + "\", \"step\": \"asset\", \"ticker\": \"" + ticker + "\"}";
    }

    static String score(String name, String child) {
        return """
                {"id": "r", "step": "root", "name": "%s", "description": "", "rebalance": "daily",
                 "children": [{"id": "w", "step": "wt-cash-equal", "children": [%s]}]}
                """.formatted(name, child);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    TestBrokers brokers;

    @Autowired
    TestQuotes quotes;

    @Autowired
    TradingDay day;

    @Autowired
    Deployments deployments;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void resetQuotes() {
        quotes.reset();
    }

    /** The run is for every account: park the accounts of finished tests so later ones run alone. */
    @org.junit.jupiter.api.AfterEach
    void parkAccounts() {
        jdbc.sql("UPDATE trading_deployment SET status = 'PAUSED' WHERE status <> 'UNDEPLOYED'")
                .update();
        jdbc.sql("UPDATE trading_run SET status = 'FAILED' WHERE status IN ('PLANNING', 'SENDING')")
                .update();
    }

    JsonNode query(String query, Map<String, ?> variables, @Nullable String token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode json = JSON.readTree(response.body());
            assertThat(json.path("errors").isMissingNode() ? "" : response.body())
                    .isEmpty();
            assertThat(json.path("data").isObject() ? "" : response.body()).isEmpty();
            return json.path("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode query(String query, Map<String, ?> variables, User user) {
        return query(query, variables, user.token());
    }

    /**
     * Registers at the real time (tokens are checked against it, not the test clock), then puts the
     * test clock back.
     */
    User register() {
        java.time.Instant testTime = clock.instant();
        clock.set(java.time.Instant.now());
        JsonNode payload = query(
                        """
                        mutation($email: String!, $password: String!) {
                          register(input: {email: $email, password: $password}) {
                            user { id } tokens { accessToken } problems { code }
                          }
                        }""",
                        Map.of("email", "trader-" + UUID.randomUUID() + "@example.com", "password", PASSWORD),
                        (String) null)
                .path("register");
        clock.set(testTime);
        assertThat(payload.path("problems").size()).as(payload.toString()).isZero();
        return new User(
                UserId.parse(payload.path("user").path("id").asString()),
                payload.path("tokens").path("accessToken").asString());
    }

    String upload(User user, String source) {
        JsonNode payload = query("""
                        mutation($source: String!) {
                          uploadSymphony(input: {source: $source}) { symphony { id } problems { code message } }
                        }""", Map.of("source", source), user).path("uploadSymphony");
        assertThat(payload.toString()).contains("\"symphony\":{");
        return payload.path("symphony").path("id").asString();
    }

    /** Deploys through the API and returns the deployment id, failing the test on a problem. */
    String deploy(User user, String symphonyId, String account, String amount) {
        DeploymentPayload payload = deployments.deploy(user.id(), symphonyId, account, amount);
        assertThat(payload.problems()).isEmpty();
        return payload.deployment().id().toString();
    }

    /** A fresh connection id for a test account. */
    static String account() {
        return "test-" + UUID.randomUUID();
    }

    void at(LocalDate date, LocalTime newYork) {
        clock.setNewYork(date, newYork);
    }
}
