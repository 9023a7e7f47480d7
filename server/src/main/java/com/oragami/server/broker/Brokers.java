package com.oragami.server.broker;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.calendar.Session;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.Broker;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Order;
import com.oragami.engine.trading.Price;
import com.oragami.server.broker.alpaca.AlpacaAccount;
import com.oragami.server.broker.alpaca.AlpacaAuth;
import com.oragami.server.broker.alpaca.AlpacaException;
import com.oragami.server.broker.alpaca.AlpacaHttp;
import com.oragami.server.broker.alpaca.AlpacaOAuth;
import com.oragami.server.broker.alpaca.AlpacaTradingClient;
import com.oragami.server.platform.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code broker} feature's API: a user's broker connections and, for the daily run, the engine
 * {@link Broker} and trading calendar behind each.
 *
 * <p>Every user-facing method takes the owner; another user's connection is indistinguishable from
 * one that does not exist. {@link #broker} and {@link #calendar} are system use (no owner check).
 * User mistakes (bad keys, a used OAuth state) come back to GraphQL as problems; through this API
 * they throw {@link BrokerException} with reason {@code REFUSED} and the problem's code first in
 * the message.
 *
 * <p>Alpaca connections are paper only: the trading URL is {@code ALPACA_TRADING_URL} (start-up
 * refuses the live host), the OAuth authorize URL asks {@code env=paper}. A reconnect of the same
 * Alpaca account (same kind and label) keeps the connection id, so deployments on it carry on.
 */
@Service
public class Brokers {

    private static final Logger log = LoggerFactory.getLogger(Brokers.class);

    static final String SIMULATED_LABEL = "Simulated paper";

    private final BrokerRepository repository;
    private final SimulatedAccountRepository simulated;
    private final TokenCipher cipher;
    private final BrokerProperties properties;
    private final AlpacaOAuth oauth;
    private final AlpacaHttp http;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final SecureRandom random = new SecureRandom();

    Brokers(
            BrokerRepository repository,
            SimulatedAccountRepository simulated,
            TokenCipher cipher,
            BrokerProperties properties,
            AlpacaOAuth oauth,
            AlpacaHttp http,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.simulated = simulated;
        this.cipher = cipher;
        this.properties = properties;
        this.oauth = oauth;
        this.http = http;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The owner's connections that are connected or need reconnecting, oldest first. */
    public List<BrokerConnection> connections(UserId owner) {
        return repository.list(owner);
    }

    /** One of the owner's connections, in any status (also {@code DISCONNECTED}). */
    public Optional<BrokerConnection> connection(UserId owner, BrokerConnectionId id) {
        return repository.find(owner, id).map(BrokerRepository.Row::connection);
    }

    /** A new simulated paper account holding {@code startingCash} and nothing else. */
    public BrokerConnection connectSimulated(UserId owner, Money startingCash) {
        return trySimulated(owner, startingCash).orThrow();
    }

    /** A paper key pair, checked with {@code GET /v2/account} before it is stored (encrypted). */
    public BrokerConnection connectWithKeys(UserId owner, String keyId, String secret) {
        return tryKeys(owner, keyId, secret).orThrow();
    }

    /** The Alpaca authorize URL carrying a new single-use state that expires after the configured TTL. */
    public String startOAuth(UserId owner) {
        StartAlpacaOAuthPayload started = tryStartOAuth(owner);
        if (started.authorizeUrl() == null) {
            Problem first = started.problems().get(0);
            throw new BrokerException(BrokerException.Reason.REFUSED, first.code() + ": " + first.message());
        }
        return started.authorizeUrl();
    }

    /** Uses the owner's state once and trades the code for a token (stored encrypted). */
    public BrokerConnection completeOAuth(UserId owner, String code, String state) {
        return tryCompleteOAuth(owner, code, state).orThrow();
    }

    /** Forgets the connection's credentials; it stays listed nowhere but by id, as {@code DISCONNECTED}. */
    public void disconnect(UserId owner, BrokerConnectionId id) {
        tryDisconnect(owner, id).orThrow();
    }

    /**
     * The broker of a connection, for the daily run (no owner check). The simulated broker fills at
     * each order's planning price (plus slippage).
     *
     * @throws BrokerException {@code NOT_CONNECTED} for an unknown or disconnected connection,
     *     {@code NEEDS_RECONNECT} when Alpaca refused its credentials before
     */
    public Broker broker(BrokerConnectionId id) {
        return broker(id, order -> Optional.of(order.planningPrice()));
    }

    /**
     * The broker of a connection whose simulated fills use {@code prices} (empty: the order is
     * rejected for want of a price); an Alpaca connection ignores {@code prices}.
     */
    public Broker brokerAt(BrokerConnectionId id, Function<Ticker, Optional<Price>> prices) {
        return broker(id, order -> prices.apply(order.ticker()));
    }

    private Broker broker(BrokerConnectionId id, Function<Order, Optional<Price>> prices) {
        BrokerRepository.Row row = usable(id);
        if (row.connection().simulated()) {
            return new SimulatedPaperBroker(
                    id, simulated, transactions, prices, properties.simSlippageBps() / 10_000.0, clock);
        }
        return alpaca(row);
    }

    /**
     * The trading sessions from {@code from} to {@code to}, both inclusive: Alpaca's {@code GET
     * /v2/calendar} for an Alpaca connection, the NYSE calendar for the simulated broker.
     */
    public List<Session> calendar(BrokerConnectionId id, LocalDate from, LocalDate to) {
        BrokerRepository.Row row = usable(id);
        if (row.connection().simulated()) {
            return NyseCalendar.standard().sessions(from, to);
        }
        return alpaca(row).calendar(from, to);
    }

    // --- what GraphQL calls: problems instead of exceptions -----------------------------------

    BrokerConnectionPayload trySimulated(UserId owner, Money startingCash) {
        if (!startingCash.isPositive()) {
            return BrokerConnectionPayload.problem(
                    problem("starting-cash-not-positive", "starting cash must be more than $0, got $" + startingCash));
        }
        BrokerConnection connection = new BrokerConnection(
                new BrokerConnectionId(UUID.randomUUID()),
                owner,
                BrokerConnection.SIMULATED,
                SIMULATED_LABEL,
                BrokerConnection.CONNECTED,
                now());
        transactions.executeWithoutResult(status -> {
            repository.insert(connection, null);
            simulated.create(connection.id(), startingCash);
        });
        log.info("broker connection {} of user {} connected: simulated", connection.id(), owner);
        return BrokerConnectionPayload.of(connection);
    }

    BrokerConnectionPayload tryKeys(UserId owner, String keyId, String secret) {
        if (keyId.isBlank() || secret.isBlank()) {
            return BrokerConnectionPayload.problem(
                    problem("alpaca-keys-missing", "give both the paper API key id and its secret key"));
        }
        AlpacaAuth.ApiKeys keys = new AlpacaAuth.ApiKeys(keyId.strip(), secret.strip());
        return connectAlpaca(owner, BrokerConnection.ALPACA_KEYS, keys, "keys\n" + keys.keyId() + "\n" + keys.secret());
    }

    StartAlpacaOAuthPayload tryStartOAuth(UserId owner) {
        if (!oauth.configured()) {
            return new StartAlpacaOAuthPayload(
                    null,
                    List.of(problem(
                            "alpaca-oauth-not-configured",
                            "this server has no Alpaca OAuth app; set ALPACA_OAUTH_CLIENT_ID,"
                                    + " ALPACA_OAUTH_CLIENT_SECRET and ALPACA_OAUTH_REDIRECT_URI, or connect with"
                                    + " paper API keys")));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = now();
        repository.deleteStatesBefore(now.minus(1, ChronoUnit.DAYS));
        repository.insertState(owner, hash(state), now, now.plus(properties.oauthStateTtl()));
        return new StartAlpacaOAuthPayload(oauth.authorizeUrl(state), List.of());
    }

    BrokerConnectionPayload tryCompleteOAuth(UserId owner, String code, String state) {
        Optional<UserId> stateOwner = repository.useState(hash(state), now());
        if (stateOwner.isEmpty() || !stateOwner.get().equals(owner)) {
            return BrokerConnectionPayload.problem(stateInvalid());
        }
        return exchange(owner, code);
    }

    /** The browser callback: the state names the user (it was issued to one user, once). */
    BrokerConnectionPayload completeOAuthByState(String code, String state) {
        Optional<UserId> owner = repository.useState(hash(state), now());
        if (owner.isEmpty()) {
            return BrokerConnectionPayload.problem(stateInvalid());
        }
        return exchange(owner.get(), code);
    }

    BrokerConnectionPayload tryDisconnect(UserId owner, BrokerConnectionId id) {
        if (!repository.disconnect(owner, id, now())) {
            return BrokerConnectionPayload.problem(notFound(id.toString()));
        }
        log.info("broker connection {} of user {} disconnected", id, owner);
        return BrokerConnectionPayload.of(
                repository.find(owner, id).orElseThrow().connection());
    }

    static Problem notFound(String id) {
        return problem("broker-connection-not-found", "you have no broker connection " + id);
    }

    // --- internals ----------------------------------------------------------------------------

    private BrokerConnectionPayload exchange(UserId owner, String code) {
        AlpacaAuth.OAuthToken token;
        try {
            token = oauth.exchange(code);
        } catch (AlpacaException e) {
            log.warn("alpaca oauth code of user {} not exchanged: {}", owner, e.getMessage());
            return BrokerConnectionPayload.problem(
                    e.reason() == AlpacaException.Reason.UNAVAILABLE
                            ? unavailable()
                            : problem("oauth-code-rejected", "Alpaca refused the authorization; connect again"));
        }
        return connectAlpaca(owner, BrokerConnection.ALPACA_OAUTH, token, "oauth\n" + token.accessToken());
    }

    private BrokerConnectionPayload connectAlpaca(UserId owner, String kind, AlpacaAuth auth, String plaintext) {
        AlpacaAccount account;
        try {
            account = new AlpacaTradingClient(properties.alpaca().tradingUrl(), auth, http).account();
        } catch (AlpacaException e) {
            log.warn("alpaca {} of user {} not connected: {}", kind, owner, e.getMessage());
            return BrokerConnectionPayload.problem(
                    switch (e.reason()) {
                        case UNAUTHORIZED ->
                            problem(
                                    kind.equals(BrokerConnection.ALPACA_KEYS)
                                            ? "alpaca-keys-rejected"
                                            : "oauth-code-rejected",
                                    "Alpaca's paper API refused these credentials; paper keys start with PK and"
                                            + " are made on the paper dashboard");
                        case UNAVAILABLE -> unavailable();
                        case REFUSED, MALFORMED ->
                            problem("alpaca-refused", "Alpaca's paper API refused the account request");
                    });
        }
        String label = "Alpaca paper " + account.accountNumber();
        Optional<BrokerRepository.Row> existing = repository.findByLabel(owner, kind, label);
        if (existing.isPresent()) {
            BrokerConnectionId id = existing.get().connection().id();
            repository.reconnect(owner, id, cipher.seal(plaintext, id), now());
            log.info("broker connection {} of user {} reconnected: {}", id, owner, kind);
            return BrokerConnectionPayload.of(
                    repository.find(owner, id).orElseThrow().connection());
        }
        BrokerConnection connection = new BrokerConnection(
                new BrokerConnectionId(UUID.randomUUID()), owner, kind, label, BrokerConnection.CONNECTED, now());
        repository.insert(connection, cipher.seal(plaintext, connection.id()));
        log.info("broker connection {} of user {} connected: {}", connection.id(), owner, kind);
        return BrokerConnectionPayload.of(connection);
    }

    private BrokerRepository.Row usable(BrokerConnectionId id) {
        BrokerRepository.Row row = repository
                .find(id)
                .orElseThrow(
                        () -> new BrokerException(BrokerException.Reason.NOT_CONNECTED, "no broker connection " + id));
        switch (row.connection().status()) {
            case BrokerConnection.DISCONNECTED ->
                throw new BrokerException(
                        BrokerException.Reason.NOT_CONNECTED, "broker connection " + id + " is disconnected");
            case BrokerConnection.NEEDS_RECONNECT ->
                throw new BrokerException(
                        BrokerException.Reason.NEEDS_RECONNECT,
                        "broker connection " + id + " needs reconnecting by its owner");
            default -> {
                return row;
            }
        }
    }

    private AlpacaBroker alpaca(BrokerRepository.Row row) {
        BrokerConnectionId id = row.connection().id();
        byte[] sealed = row.credentials();
        if (sealed == null) {
            throw new BrokerException(
                    BrokerException.Reason.NOT_CONNECTED, "broker connection " + id + " has no credentials");
        }
        String[] parts = cipher.open(sealed, id).split("\n", -1);
        AlpacaAuth auth = switch (parts[0]) {
            case "oauth" -> new AlpacaAuth.OAuthToken(parts[1]);
            case "keys" -> new AlpacaAuth.ApiKeys(parts[1], parts[2]);
            default -> throw new IllegalStateException("unknown credentials of connection " + id);
        };
        return new AlpacaBroker(
                id, new AlpacaTradingClient(properties.alpaca().tradingUrl(), auth, http), this::refused);
    }

    /** Alpaca refused a connection's credentials: mark it, and tell its owner once. */
    private void refused(BrokerConnectionId id, String reason) {
        Instant now = now();
        if (repository.markNeedsReconnect(id, reason, now)) {
            UserId owner = repository.find(id).orElseThrow().connection().owner();
            log.warn("broker connection {} of user {} needs reconnecting: {}", id, owner, reason);
            events.publishEvent(new BrokerNeedsReconnect(id, owner, reason, now));
        }
    }

    /** Now, to the microsecond PostgreSQL keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static byte[] hash(String state) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Problem stateInvalid() {
        return problem(
                "oauth-state-invalid",
                "this Alpaca authorization is unknown, expired or already used; start connecting again");
    }

    private static Problem unavailable() {
        return problem("alpaca-unavailable", "Alpaca cannot be reached just now; try again in a minute");
    }

    private static Problem problem(String code, String message) {
        return Problem.error(code, message, Location.UNKNOWN);
    }
}
