package com.oragami.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Trading on the broker feature's own connections, with no test stand-in between them. */
class DeployOnBrokerIntegrationTest extends IntegrationTest {

    private static final String CONNECT = "mutation($cash: String) { connectSimulatedBroker(input: {startingCash:"
            + " $cash}) { connection { id } problems { code } } }";
    private static final String DEPLOY = """
            mutation($s: ID!, $a: ID!, $amount: String!) {
              deploySymphony(input: {symphonyId: $s, accountId: $a, amount: $amount}) {
                deployment { id status cash } problems { code message }
              }
            }""";
    private static final String SPY =
            "(defsymphony \"All SPY\" {:rebalance-frequency :daily} (weight-equal [(asset" + " \"SPY\")]))";

    private String connect(Api.User user, String cash) {
        return api.query(CONNECT, Map.of("cash", cash), user)
                .data("connectSimulatedBroker")
                .path("connection")
                .path("id")
                .asString();
    }

    private JsonNode deploy(Api.User user, String symphony, String account, String amount) {
        return api.query(DEPLOY, Map.of("s", symphony, "a", account, "amount", amount), user)
                .data("deploySymphony");
    }

    @Test
    void deploysOnASimulatedConnectionUpToItsCash() {
        Api.User user = api.register();
        String account = connect(user, "5000");
        String symphony = api.upload(user, SPY, null);

        JsonNode first = deploy(user, symphony, account, "3000");
        JsonNode second = deploy(user, api.upload(user, SPY, "again"), account, "2500");

        assertThat(first.path("problems").size()).isZero();
        assertThat(first.path("deployment").path("cash").asString()).isEqualTo("3000.000000");
        // 5000 − 3000 = 2000 left in the account, so 2500 is refused
        assertThat(second.path("deployment").isNull()).isTrue();
        assertThat(second.path("problems").size()).isEqualTo(1);
    }

    @Test
    void cannotDeployOnAnotherUsersConnection() {
        Api.User owner = api.register();
        Api.User other = api.register();
        String account = connect(owner, "5000");

        JsonNode payload = deploy(other, api.upload(other, SPY, null), account, "100");

        assertThat(payload.path("deployment").isNull()).isTrue();
        assertThat(payload.path("problems").path(0).path("code").asString()).isEqualTo("broker-connection-not-found");
    }
}
