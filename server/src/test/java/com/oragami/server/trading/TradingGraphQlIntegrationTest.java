package com.oragami.server.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TradingGraphQlIntegrationTest extends TradingTestBase {

    static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

    static final String DEPLOY = """
            mutation($s: ID!, $a: ID!, $amount: String!) {
              deploySymphony(input: {symphonyId: $s, accountId: $a, amount: $amount}) {
                deployment { id status cash } problems { code message }
              }
            }""";

    static final String DEPLOYMENT = """
            query($id: ID!) {
              deployment(id: $id) {
                id symphonyName status cash positions { ticker quantity }
                trades { ticker side quantity cash internal }
                dailyValues { date value cash flow }
                performance { timeWeightedReturn returns { date dailyReturn index } metrics { name value } }
                events { kind code }
              }
            }""";

    static final String RUNS = """
            query($a: ID) {
              tradingRuns(accountId: $a) {
                id tradingDate status attempts
                orders { clientOrderId ticker side quantity notional status filledQuantity averagePrice }
                events { kind code message }
              }
            }""";

    @Test
    void ownerDeploysAndReadsPositionsTradesRunsAndPerformance() {
        User user = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(user.id(), account, "2000");
        String symphony = upload(user, ALWAYS_SPY);
        JsonNode deployed = query(DEPLOY, Map.of("s", symphony, "a", account, "amount", "1000"), user)
                .path("deploySymphony");
        assertThat(deployed.path("problems").size()).isZero();
        String id = deployed.path("deployment").path("id").asString();
        quotes.price(TUESDAY, "SPY", 400);
        broker.prices(Map.of("SPY", "400"));
        at(TUESDAY, LocalTime.of(15, 50));
        day.fire();

        JsonNode deployment = query(DEPLOYMENT, Map.of("id", id), user).path("deployment");

        assertThat(deployment.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(deployment.path("cash").asString()).isEqualTo("0.000000");
        assertThat(deployment.path("positions").toString())
                .isEqualTo("[{\"ticker\":\"SPY\",\"quantity\":\"2.500000000\"}]");
        assertThat(deployment.path("trades").get(0).path("cash").asString()).isEqualTo("1000.000000"); // 2.5 × 400
        assertThat(deployment.path("dailyValues").get(0).path("flow").asString())
                .isEqualTo("1000.000000");
        assertThat(deployment.path("performance").path("timeWeightedReturn").asDouble())
                .isZero(); // 1000 → 1000
        JsonNode run =
                query(RUNS, Map.of("a", account), user).path("tradingRuns").get(0);
        assertThat(run.path("status").asString()).isEqualTo("DONE");
        assertThat(run.path("orders").get(0).path("notional").asString()).isEqualTo("1000.000000");
        assertThat(run.path("orders").get(0).path("status").asString()).isEqualTo("FILLED");
        assertThat(run.path("events").toString()).contains("RUN_COMPLETED");
    }

    @Test
    void previewShowsTheNextOrdersAndStoresNothing() {
        User user = register();
        String account = account();
        brokers.open(user.id(), account, "2000");
        query(DEPLOY, Map.of("s", upload(user, ALWAYS_TLT), "a", account, "amount", "900"), user);
        quotes.price(TUESDAY, "TLT", 90);
        at(TUESDAY, LocalTime.of(11, 0));

        JsonNode preview = query("""
                        query($a: ID!) {
                          previewRun(accountId: $a) {
                            tradingDate orders { ticker side notional planningPrice } liquidations { code } problems { code }
                          }
                        }""", Map.of("a", account), user).path("previewRun");

        assertThat(preview.path("tradingDate").asString()).isEqualTo("2024-05-14");
        assertThat(preview.path("orders").toString())
                .isEqualTo(
                        "[{\"ticker\":\"TLT\",\"side\":\"BUY\",\"notional\":\"900.000000\",\"planningPrice\":\"90\"}]");
        assertThat(jdbc.sql("SELECT count(*) FROM trading_run WHERE account_id = :a")
                        .param("a", account)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherUserCannotSeeOrTouchDeploymentsRunsOrEvents() {
        User owner = register();
        User other = register();
        String account = account();
        TestBrokers.TestBroker broker = brokers.open(owner.id(), account, "1000");
        String id = deploy(owner, upload(owner, ALWAYS_SPY), account, "1000");
        quotes.price(TUESDAY, "SPY", 400);
        broker.prices(Map.of("SPY", "400"));
        at(TUESDAY, LocalTime.of(15, 50));
        day.fire();
        String runId = query(RUNS, Map.of("a", account), owner)
                .path("tradingRuns")
                .get(0)
                .path("id")
                .asString();

        assertThat(query(DEPLOYMENT, Map.of("id", id), other).path("deployment").isNull())
                .isTrue();
        assertThat(query("{ deployments { id } }", Map.of(), other)
                        .path("deployments")
                        .size())
                .isZero();
        assertThat(query(RUNS, Map.of("a", account), other).path("tradingRuns").size())
                .isZero();
        assertThat(query("query($id: ID!) { tradingRun(id: $id) { id } }", Map.of("id", runId), other)
                        .path("tradingRun")
                        .isNull())
                .isTrue();
        assertThat(query("{ tradingEvents { id } }", Map.of(), other)
                        .path("tradingEvents")
                        .size())
                .isZero();
        assertThat(query("query($a: ID!) { previewRun(accountId: $a) { tradingDate } }", Map.of("a", account), other)
                        .path("previewRun")
                        .isNull())
                .isTrue();
        assertThat(query(
                                "query($a: ID!) { accountPerformance(accountId: $a) { timeWeightedReturn } }",
                                Map.of("a", account),
                                other)
                        .path("accountPerformance")
                        .isNull())
                .isTrue();
        for (String mutation :
                new String[] {"pauseDeployment", "resumeDeployment", "liquidateDeployment", "undeploySymphony"}) {
            JsonNode payload = query(
                            "mutation($id: ID!) { " + mutation
                                    + "(input: {deploymentId: $id}) { deployment { id } problems { code } } }",
                            Map.of("id", id),
                            other)
                    .path(mutation);
            assertThat(payload.path("problems").get(0).path("code").asString())
                    .as(mutation)
                    .isEqualTo("deployment-not-found");
        }
        JsonNode withdraw = query("""
                        mutation($id: ID!) { withdrawMoney(input: {deploymentId: $id, amount: "1"}) { problems { code } } }""", Map.of("id", id), other).path("withdrawMoney");
        assertThat(withdraw.path("problems").get(0).path("code").asString()).isEqualTo("deployment-not-found");
        JsonNode deploy = query(DEPLOY, Map.of("s", upload(other, ALWAYS_SPY), "a", account, "amount", "1"), other)
                .path("deploySymphony");
        assertThat(deploy.path("problems").get(0).path("code").asString()).isEqualTo("broker-connection-not-found");
        assertThat(query(DEPLOYMENT, Map.of("id", id), owner)
                        .path("deployment")
                        .path("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(query("{ tradingEvents { kind } }", Map.of(), owner)
                        .path("tradingEvents")
                        .toString())
                .contains("RUN_COMPLETED", "DEPLOYED");
    }
}
