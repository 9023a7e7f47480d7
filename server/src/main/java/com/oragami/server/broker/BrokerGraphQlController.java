package com.oragami.server.broker;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.trading.Money;
import com.oragami.server.platform.CurrentUser;
import com.oragami.server.platform.UserId;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

@Controller
class BrokerGraphQlController {

    /** The default starting cash of a simulated account, in dollars. */
    static final String DEFAULT_STARTING_CASH = "100000";

    record ConnectSimulatedInput(@Nullable String startingCash) {}

    record ConnectKeysInput(String keyId, String secretKey) {}

    record CompleteOAuthInput(String code, String state) {}

    record DisconnectInput(String id) {}

    private final Brokers brokers;

    BrokerGraphQlController(Brokers brokers) {
        this.brokers = brokers;
    }

    @QueryMapping
    List<BrokerConnection> brokerConnections(@AuthenticationPrincipal @Nullable Jwt token) {
        return brokers.connections(CurrentUser.of(token));
    }

    @QueryMapping
    @Nullable
    BrokerConnection brokerConnection(@AuthenticationPrincipal @Nullable Jwt token, @Argument String id) {
        UserId owner = CurrentUser.of(token);
        return BrokerConnectionId.parse(id)
                .flatMap(c -> brokers.connection(owner, c))
                .orElse(null);
    }

    @MutationMapping
    BrokerConnectionPayload connectSimulatedBroker(
            @AuthenticationPrincipal @Nullable Jwt token, @Argument ConnectSimulatedInput input) {
        UserId owner = CurrentUser.of(token);
        String text = input.startingCash() == null
                ? DEFAULT_STARTING_CASH
                : input.startingCash().strip();
        Optional<Money> cash = money(text);
        if (cash.isEmpty()) {
            return BrokerConnectionPayload.problem(Problem.error(
                    "starting-cash-invalid",
                    "starting cash must be dollars with at most 6 decimals, like 25000 or 1234.56; got \"" + text
                            + "\"",
                    Location.UNKNOWN));
        }
        return brokers.trySimulated(owner, cash.get());
    }

    @MutationMapping
    BrokerConnectionPayload connectAlpacaWithKeys(
            @AuthenticationPrincipal @Nullable Jwt token, @Argument ConnectKeysInput input) {
        return brokers.tryKeys(CurrentUser.of(token), input.keyId(), input.secretKey());
    }

    @MutationMapping
    StartAlpacaOAuthPayload startAlpacaOAuth(@AuthenticationPrincipal @Nullable Jwt token) {
        return brokers.tryStartOAuth(CurrentUser.of(token));
    }

    @MutationMapping
    BrokerConnectionPayload completeAlpacaOAuth(
            @AuthenticationPrincipal @Nullable Jwt token, @Argument CompleteOAuthInput input) {
        return brokers.tryCompleteOAuth(CurrentUser.of(token), input.code(), input.state());
    }

    @MutationMapping
    BrokerConnectionPayload disconnectBroker(
            @AuthenticationPrincipal @Nullable Jwt token, @Argument DisconnectInput input) {
        UserId owner = CurrentUser.of(token);
        return BrokerConnectionId.parse(input.id())
                .map(id -> brokers.tryDisconnect(owner, id))
                .orElseGet(() -> BrokerConnectionPayload.problem(Brokers.notFound(input.id())));
    }

    @SchemaMapping(typeName = "BrokerConnection")
    String id(BrokerConnection connection) {
        return connection.id().toString();
    }

    @SchemaMapping(typeName = "BrokerConnection")
    OffsetDateTime connectedAt(BrokerConnection connection) {
        return connection.connectedAt().atOffset(ZoneOffset.UTC);
    }

    private static Optional<Money> money(String text) {
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.scale() > Money.SCALE || amount.abs().compareTo(new BigDecimal("1e13")) >= 0) {
                return Optional.empty();
            }
            return Optional.of(Money.of(amount));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
