package com.oragami.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BacktestProgressAndDecisionsIntegrationTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String RUN = """
            mutation($id: ID!, $from: Date, $to: Date) {
              runBacktest(input: {symphonyId: $id, from: $from, to: $to}) {
                backtest { id status }
                problems { code message }
              }
            }""";
    private static final String PROGRESS = """
            subscription($id: ID!) { backtestProgress(id: $id) { id status progress } }""";
    private static final String GET = """
            query($id: ID!, $day: Date!) {
              backtest(id: $id) {
                status
                summary { start end }
                allocations(from: $day, to: $day) { date target { ticker weight } }
              }
            }""";
    private static final String DECISIONS = """
            query($id: ID!, $date: Date!) {
              backtestDecisions(id: $id, date: $date) {
                date cash target { ticker weight }
                problems { severity code message }
                decisions {
                  __typename nodePath
                  ... on IfDecision { branchTaken elseTaken tested { comparison left right result } }
                  ... on FilterDecision { ranking candidates { label score selected } }
                  ... on InverseVolatilityDecision { candidates { label volatility weight } }
                }
              }
            }""";

    @Test
    void streamsProgressToTheOwnerUntilDone() throws InterruptedException {
        Api.User owner = api.register();
        String symphony = api.upload(owner, Api.resource("tqqq-for-the-long-term-original.edn"), null);
        String id = run(owner, symphony, null, null);

        List<JsonNode> values = new ArrayList<>();
        try (Socket socket = Socket.open(port, owner.accessToken())) {
            assertThat(socket.next("connection_ack", WAIT)).isNotNull();
            socket.subscribe("1", PROGRESS, Map.of("id", id));
            while (true) {
                JsonNode message = socket.next(WAIT);
                assertThat(message).as("a message within " + WAIT).isNotNull();
                String type = message.path("type").asString();
                if (type.equals("complete")) {
                    break;
                }
                if (type.equals("next")) {
                    assertThat(message.path("payload").has("errors"))
                            .as(message.toString())
                            .isFalse();
                    values.add(message.path("payload").path("data").path("backtestProgress"));
                }
            }
        }

        assertThat(values).isNotEmpty();
        JsonNode last = values.get(values.size() - 1);
        assertThat(last.path("id").asString()).isEqualTo(id);
        assertThat(last.path("status").asString()).isEqualTo("DONE");
        assertThat(last.path("progress").asDouble()).isEqualTo(1.0);
        // running progress never goes back (the first value is the state read when subscribing)
        double seen = 0;
        for (JsonNode v : values.subList(1, values.size())) {
            assertThat(v.path("progress").asDouble()).isGreaterThanOrEqualTo(seen);
            seen = v.path("progress").asDouble();
        }
    }

    @Test
    void anotherUsersRunStreamsNothing() throws InterruptedException {
        Api.User owner = api.register();
        Api.User stranger = api.register();
        String symphony = api.upload(owner, SymphonyIntegrationTest.SPY_JSON, null);
        String id = run(owner, symphony, "2020-01-02", "2020-12-31");

        try (Socket socket = Socket.open(port, stranger.accessToken())) {
            assertThat(socket.next("connection_ack", WAIT)).isNotNull();
            socket.subscribe("1", PROGRESS, Map.of("id", id));

            JsonNode first = socket.next(WAIT);
            assertThat(first).isNotNull();
            assertThat(first.path("type").asString()).as(first.toString()).isEqualTo("complete");
        }
        assertThat(await(owner, id)).isEqualTo("DONE");
    }

    @Test
    void aSocketWhoseSessionWasClosedGetsNoSubscription() throws InterruptedException {
        Api.User owner = api.register();
        String symphony = api.upload(owner, SymphonyIntegrationTest.SPY_JSON, null);
        String id = run(owner, symphony, "2020-01-02", "2020-12-31");

        try (Socket socket = Socket.open(port, owner.accessToken())) {
            assertThat(socket.next("connection_ack", WAIT)).isNotNull();
            api.query("""
                            mutation($token: String!) { logout(input: {refreshToken: $token}) { loggedOut } }""", Map.of("token", owner.refreshToken()), (String) null).data("logout");
            socket.subscribe("1", PROGRESS, Map.of("id", id));

            JsonNode answer = socket.next(WAIT);
            assertThat(answer).isNotNull();
            assertThat(answer.path("type").asString()).as(answer.toString()).isEqualTo("error");
            assertThat(answer.toString()).contains("UNAUTHORIZED");
        }
    }

    @Test
    void tracesTheDecisionsBehindADaysTarget() {
        Api.User owner = api.register();
        String symphony = api.upload(owner, Api.resource("tqqq-for-the-long-term-original.edn"), null);
        String id = run(owner, symphony, "2022-01-03", "2022-12-30");
        assertThat(await(owner, id)).isEqualTo("DONE");
        String day = "2022-10-24";

        JsonNode trace =
                api.query(DECISIONS, Map.of("id", id, "date", day), owner).data("backtestDecisions");
        JsonNode run = api.query(GET, Map.of("id", id, "day", day), owner).data("backtest");

        assertThat(trace.path("problems").size()).as(trace.toString()).isZero();
        assertThat(trace.path("date").asString()).isEqualTo(day);
        // The symphony rebalances daily, so the run's target that day is that day's evaluation.
        Map<String, Double> runTarget = weights(run.path("allocations").path(0).path("target"));
        Map<String, Double> traced = weights(trace.path("target"));
        assertThat(traced.keySet()).isEqualTo(runTarget.keySet());
        traced.forEach((ticker, w) -> assertThat(w).isCloseTo(runTarget.get(ticker), within(1e-12)));
        double total = trace.path("cash").asDouble();
        for (double w : traced.values()) {
            total += w;
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
        JsonNode first = trace.path("decisions").path(0);
        assertThat(first.path("__typename").asString()).isEqualTo("IfDecision");
        JsonNode test = first.path("tested").path(0);
        assertThat(test.path("comparison").asString()).contains("SPY"); // the root if: SPY above its 200-day average
        // the outcome is the comparison of the two reported sides
        assertThat(test.path("result").asBoolean())
                .isEqualTo(test.path("left").asDouble() > test.path("right").asDouble());
    }

    @Test
    void refusesADayOutsideTheRunOrWithoutPrices() {
        Api.User owner = api.register();
        String symphony = api.upload(owner, SymphonyIntegrationTest.SPY_JSON, null);
        String id = run(owner, symphony, "2020-01-02", "2020-12-31");
        assertThat(await(owner, id)).isEqualTo("DONE");

        JsonNode outside = api.query(DECISIONS, Map.of("id", id, "date", "2021-03-01"), owner)
                .data("backtestDecisions");
        JsonNode saturday = api.query(DECISIONS, Map.of("id", id, "date", "2020-06-06"), owner)
                .data("backtestDecisions");

        assertThat(outside.path("problems").path(0).path("code").asString()).isEqualTo("date-outside-backtest");
        assertThat(outside.path("date").isNull()).isTrue();
        assertThat(saturday.path("problems").path(0).path("code").asString()).isEqualTo("date-not-a-trading-day");
    }

    @Test
    void anotherUsersRunHasNoDecisions() {
        Api.User owner = api.register();
        Api.User stranger = api.register();
        String symphony = api.upload(owner, SymphonyIntegrationTest.SPY_JSON, null);
        String id = run(owner, symphony, "2020-01-02", "2020-12-31");
        assertThat(await(owner, id)).isEqualTo("DONE");

        JsonNode theirs = api.query(DECISIONS, Map.of("id", id, "date", "2020-06-05"), stranger)
                .data("backtestDecisions");
        JsonNode mine = api.query(DECISIONS, Map.of("id", id, "date", "2020-06-05"), owner)
                .data("backtestDecisions");

        assertThat(theirs.isNull()).as(theirs.toString()).isTrue();
        assertThat(weights(mine.path("target"))).isEqualTo(Map.of("SPY", 1.0));
        assertThat(mine.path("decisions").size()).isZero(); // no if, filter or inverse-volatility node
    }

    @Test
    void decisionsNeedASignedInCaller() {
        JsonNode error = api.query(
                        DECISIONS, Map.of("id", "00000000-0000-0000-0000-000000000000", "date", "2020-06-05"), (String)
                                null)
                .firstError();

        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("UNAUTHORIZED");
    }

    private static Map<String, Double> weights(JsonNode list) {
        Map<String, Double> out = new HashMap<>();
        for (JsonNode w : list) {
            out.put(w.path("ticker").asString(), w.path("weight").asDouble());
        }
        return out;
    }

    private String run(Api.User user, String symphony, String from, String to) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", symphony);
        variables.put("from", from);
        variables.put("to", to);
        JsonNode payload = api.query(RUN, variables, user).data("runBacktest");
        assertThat(payload.path("problems").size()).as(payload.toString()).isZero();
        return payload.path("backtest").path("id").asString();
    }

    private String await(Api.User user, String id) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            JsonNode backtest = api.query("query($id: ID!) { backtest(id: $id) { status } }", Map.of("id", id), user)
                    .data("backtest");
            String status = backtest.path("status").asString();
            if (status.equals("DONE")
                    || status.equals("FAILED")
                    || Instant.now().isAfter(deadline)) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        }
    }
}
