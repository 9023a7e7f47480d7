package com.oragami.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BacktestIntegrationTest extends IntegrationTest {

    private static final String RUN = """
            mutation($id: ID!, $from: Date, $to: Date, $slippage: Float, $fees: Boolean) {
              runBacktest(input: {symphonyId: $id, from: $from, to: $to, capital: 10000, slippageBps: $slippage,
                                  fees: $fees, benchmark: "SPY"}) {
                backtest { id status }
                problems { code message }
              }
            }""";
    private static final String GET = """
            query($id: ID!) {
              backtest(id: $id) {
                id status symphonyName problems { severity code message }
                parameters { from to capital slippageBps fees benchmark }
                summary { start end tradingDays finalValue totalSlippage totalFees }
                metrics { name value }
                composerStats { name value }
                equity { date value benchmark drawdown }
                allocations(from: "2020-06-01", to: "2020-06-05") { date target { ticker weight } }
                rebalances { date trades { ticker side shares price } }
              }
            }""";

    @Test
    void holdingSpyFor2020EndsWhereSpyEnds() {
        Api.User user = api.register();
        String symphony = api.upload(user, SymphonyIntegrationTest.SPY_JSON, null);

        String id = run(user, symphony, "2020-01-02", "2020-12-31", 0.0, false);
        JsonNode done = await(user, id);

        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode summary = done.path("summary");
        assertThat(summary.path("start").asString()).isEqualTo("2020-01-02");
        assertThat(summary.path("end").asString()).isEqualTo("2020-12-31");
        assertThat(summary.path("tradingDays").asInt()).isEqualTo(253); // SPY's 2020 sessions in the bundled data
        // all in SPY at the 2020-01-02 close, no costs: 10000 × 347.16312 / 296.12531 = 11723.5207
        assertThat(summary.path("finalValue").asDouble()).isCloseTo(11723.5207, within(1e-3));
        assertThat(summary.path("totalFees").asDouble()).isZero();
        JsonNode equity = done.path("equity");
        assertThat(equity.size()).isEqualTo(253);
        assertThat(equity.path(252).path("benchmark").asDouble()).isCloseTo(11723.5207, within(1e-3));
        assertThat(done.path("allocations").size()).isEqualTo(5); // 1 to 5 June 2020: Monday to Friday
        assertThat(done.path("allocations")
                        .path(0)
                        .path("target")
                        .path(0)
                        .path("weight")
                        .asDouble())
                .isEqualTo(1.0);
        assertThat(done.path("rebalances")
                        .path(0)
                        .path("trades")
                        .path(0)
                        .path("ticker")
                        .asString())
                .isEqualTo("SPY");
        assertThat(done.path("metrics").size()).isPositive();
        assertThat(done.path("composerStats").size()).isPositive();
    }

    @Test
    void drawdownOfTheCovidCrashIsInTheEquity() {
        Api.User user = api.register();
        String symphony = api.upload(user, SymphonyIntegrationTest.SPY_JSON, null);

        JsonNode done = await(user, run(user, symphony, "2020-01-02", "2020-12-31", 0.0, false));

        double worst = 0;
        for (JsonNode point : done.path("equity")) {
            worst = Math.min(worst, point.path("drawdown").asDouble());
        }
        // SPY fell about 34 % from its 19 February 2020 peak to 23 March 2020
        assertThat(worst).isBetween(-0.36, -0.32);
    }

    @Test
    void realSymphonyBacktestsWithCostsAndLists() {
        Api.User user = api.register();
        String symphony = api.upload(user, SymphonyIntegrationTest.TQQQ, null);

        String id = run(user, symphony, "2015-01-02", "2016-12-30", 5.0, true);
        JsonNode done = await(user, id);
        JsonNode list = api.query("{ backtests { id status symphonyName } }", Map.of(), user)
                .data("backtests");

        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("summary").path("totalSlippage").asDouble()).isPositive();
        assertThat(done.path("rebalances").size()).isGreaterThan(1);
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.path(0).path("id").asString()).isEqualTo(id);
    }

    @Test
    void badParametersAreProblemsAndNothingIsQueued() {
        Api.User user = api.register();
        String symphony = api.upload(user, SymphonyIntegrationTest.SPY_JSON, null);

        JsonNode payload = api.query(RUN, Map.of("id", symphony, "from", "2021-01-01", "to", "2020-01-01"), user)
                .data("runBacktest");

        assertThat(payload.path("backtest").isNull()).isTrue();
        assertThat(payload.path("problems").path(0).path("code").asString()).isEqualTo("dates-reversed");
        assertThat(api.query("{ backtests { id } }", Map.of(), user)
                        .data("backtests")
                        .size())
                .isZero();
    }

    @Test
    void datesOutsideTheDataFailTheRunWithTheEnginesProblem() {
        Api.User user = api.register();
        String symphony = api.upload(user, SymphonyIntegrationTest.SPY_JSON, null);

        JsonNode done = await(user, run(user, symphony, "1980-01-01", "1980-12-31", 0.0, false));

        assertThat(done.path("status").asString()).isEqualTo("FAILED");
        assertThat(done.path("problems").path(0).path("code").asString()).isEqualTo("dates-outside-data");
        assertThat(done.path("summary").isNull()).isTrue();
    }

    @Test
    void strangerCannotRunReadOrListAnotherUsersBacktests() {
        Api.User owner = api.register();
        Api.User stranger = api.register();
        String symphony = api.upload(owner, SymphonyIntegrationTest.SPY_JSON, null);
        String id = run(owner, symphony, "2020-01-02", "2020-03-31", 0.0, false);

        JsonNode read = api.query(GET, Map.of("id", id), stranger).data("backtest");
        JsonNode list = api.query("{ backtests { id } }", Map.of(), stranger).data("backtests");
        JsonNode runTheirs = api.query(RUN, Map.of("id", symphony), stranger).data("runBacktest");

        assertThat(read.isNull()).isTrue();
        assertThat(list.size()).isZero();
        assertThat(runTheirs.path("backtest").isNull()).isTrue();
        assertThat(runTheirs.path("problems").path(0).path("code").asString()).isEqualTo("symphony-not-found");
        assertThat(await(owner, id).path("status").asString()).isEqualTo("DONE");
    }

    private String run(Api.User user, String symphony, String from, String to, double slippage, boolean fees) {
        JsonNode payload = api.query(
                        RUN, Map.of("id", symphony, "from", from, "to", to, "slippage", slippage, "fees", fees), user)
                .data("runBacktest");
        assertThat(payload.path("problems").size()).as(payload.toString()).isZero();
        return payload.path("backtest").path("id").asString();
    }

    private JsonNode await(Api.User user, String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode backtest = api.query(GET, Map.of("id", id), user).data("backtest");
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
