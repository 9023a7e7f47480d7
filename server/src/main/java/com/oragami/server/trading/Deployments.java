package com.oragami.server.trading;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.trading.AccountId;
import com.oragami.engine.trading.BookId;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.SymphonyBook;
import com.oragami.server.ledger.Ledger;
import com.oragami.server.platform.UserId;
import com.oragami.server.symphony.SymphonyId;
import com.oragami.server.symphony.SymphonyLibrary;
import com.oragami.server.symphony.SymphonySummary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploying symphonies and the ledger actions, the feature's API; always for the caller: another
 * user's deployment or broker connection reads as one that does not exist. Every change to an
 * account's books holds the account's lock, the same the run's planning and settlement take, so
 * a change never lands half-way through either. Money moves in whole cents.
 *
 * <p>The books never hold more cash than the account: a deployment or deposit may take only the
 * account's cash that no book holds ({@code insufficient-account-cash}); positions the user holds
 * outside the platform are in no book and never traded.
 */
@Service
public class Deployments {

    /** The most that can be deployed or moved at once, in dollars. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private static final Location WHERE = Location.of("deployment", 0, 0);

    private final DeploymentRepository repository;
    private final RunRepository runs;
    private final Ledger ledger;
    private final SymphonyLibrary library;
    private final BrokerAccess brokers;
    private final AccountRun accountRun;
    private final Clock clock;

    Deployments(
            DeploymentRepository repository,
            RunRepository runs,
            Ledger ledger,
            SymphonyLibrary library,
            BrokerAccess brokers,
            AccountRun accountRun,
            Clock clock) {
        this.repository = repository;
        this.runs = runs;
        this.ledger = ledger;
        this.library = library;
        this.brokers = brokers;
        this.accountRun = accountRun;
        this.clock = clock;
    }

    @Transactional
    public DeploymentPayload deploy(UserId owner, String symphonyId, String accountId, String amountText) {
        Optional<SymphonySummary> symphony = SymphonyId.parse(symphonyId).flatMap(id -> library.summary(owner, id));
        if (symphony.isEmpty()) {
            return failed("symphony-not-found", "there is no symphony with id " + symphonyId + " in your library");
        }
        if (brokers.connection(owner, accountId).isEmpty()) {
            return failed("broker-connection-not-found", "there is no broker connection " + accountId + " of yours");
        }
        Optional<Money> amount = amount(amountText);
        if (amount.isEmpty()) {
            return badAmount(amountText);
        }
        runs.lockAccount(accountId);
        Optional<Problem> short_ = checkFree(owner, accountId, amount.get());
        if (short_.isPresent()) {
            return new DeploymentPayload(null, List.of(short_.get()));
        }
        DeploymentId id = new DeploymentId(UUID.randomUUID());
        SymphonySummary s = symphony.get();
        Instant now = clock.instant();
        repository.insert(id, owner, s.id().value(), s.name(), s.canonicalJson(), accountId, now);
        ledger.open(owner, book(id), AccountId.of(accountId), amount.get());
        runs.insertEvent(
                owner,
                accountId,
                null,
                id.value(),
                "DEPLOYED",
                "deployed",
                s.name() + " deployed with $" + amount.get(),
                now);
        return new DeploymentPayload(repository.find(owner, id).orElseThrow(), List.of());
    }

    @Transactional
    public DeploymentPayload addMoney(UserId owner, String deploymentId, String amountText) {
        Optional<Deployment> found = live(owner, deploymentId);
        if (found.isEmpty()) {
            return notFound(deploymentId);
        }
        Optional<Money> amount = amount(amountText);
        if (amount.isEmpty()) {
            return badAmount(amountText);
        }
        Deployment d = found.get();
        runs.lockAccount(d.accountId());
        Optional<Problem> short_ = checkFree(owner, d.accountId(), amount.get());
        if (short_.isPresent()) {
            return new DeploymentPayload(null, List.of(short_.get()));
        }
        ledger.deposit(owner, book(d.id()), amount.get());
        runs.insertEvent(
                owner,
                d.accountId(),
                null,
                d.id().value(),
                "MONEY_ADDED",
                "money-added",
                "$" + amount.get() + " added to " + d.symphonyName(),
                clock.instant());
        return new DeploymentPayload(d, List.of());
    }

    @Transactional
    public DeploymentPayload withdraw(UserId owner, String deploymentId, String amountText) {
        Optional<Deployment> found = live(owner, deploymentId);
        if (found.isEmpty()) {
            return notFound(deploymentId);
        }
        Optional<Money> amount = amount(amountText);
        if (amount.isEmpty()) {
            return badAmount(amountText);
        }
        Deployment d = found.get();
        runs.lockAccount(d.accountId());
        if (runs.hasUnfinished(owner, d.accountId())) {
            return runInProgress();
        }
        List<Problem> problems = ledger.withdraw(owner, book(d.id()), amount.get(), "withdraw");
        if (!problems.isEmpty()) {
            return new DeploymentPayload(null, problems);
        }
        runs.insertEvent(
                owner,
                d.accountId(),
                null,
                d.id().value(),
                "MONEY_WITHDRAWN",
                "money-withdrawn",
                "$" + amount.get() + " withdrawn from " + d.symphonyName(),
                clock.instant());
        return new DeploymentPayload(d, List.of());
    }

    @Transactional
    public DeploymentPayload pause(UserId owner, String deploymentId) {
        return change(
                owner,
                deploymentId,
                List.of(DeploymentStatus.ACTIVE, DeploymentStatus.LIQUIDATING),
                DeploymentStatus.PAUSED);
    }

    @Transactional
    public DeploymentPayload resume(UserId owner, String deploymentId) {
        return change(
                owner,
                deploymentId,
                List.of(DeploymentStatus.PAUSED, DeploymentStatus.LIQUIDATING),
                DeploymentStatus.ACTIVE);
    }

    /** Sells everything at the next run and then pauses; a book already in cash is paused now. */
    @Transactional
    public DeploymentPayload liquidate(UserId owner, String deploymentId) {
        Optional<Deployment> found = live(owner, deploymentId);
        if (found.isEmpty()) {
            return notFound(deploymentId);
        }
        runs.lockAccount(found.get().accountId());
        boolean inCash = ledger.book(owner, book(found.get().id()))
                .map(b -> b.positions().isEmpty())
                .orElse(true);
        return change(
                owner,
                deploymentId,
                List.of(DeploymentStatus.ACTIVE, DeploymentStatus.PAUSED),
                inCash ? DeploymentStatus.PAUSED : DeploymentStatus.LIQUIDATING);
    }

    /**
     * Ends a deployment: a book in cash returns its cash to the account now; one with holdings
     * sells them at the next run first ({@code UNDEPLOYING}).
     */
    @Transactional
    public DeploymentPayload undeploy(UserId owner, String deploymentId) {
        Optional<Deployment> found = live(owner, deploymentId);
        if (found.isEmpty()) {
            return notFound(deploymentId);
        }
        Deployment d = found.get();
        runs.lockAccount(d.accountId());
        Optional<SymphonyBook> book = ledger.book(owner, book(d.id()));
        if (book.isPresent() && !book.get().positions().isEmpty()) {
            return change(owner, deploymentId, List.of(DeploymentStatus.values()), DeploymentStatus.UNDEPLOYING);
        }
        if (runs.hasUnfinished(owner, d.accountId())) {
            return runInProgress();
        }
        Instant now = clock.instant();
        Money cash = book.map(SymphonyBook::cash).orElse(Money.ZERO);
        if (cash.isPositive()) {
            ledger.withdraw(owner, book(d.id()), cash, "undeploy");
        }
        ledger.close(owner, book(d.id()));
        repository.setStatus(owner, d.id(), DeploymentStatus.UNDEPLOYED, now);
        runs.insertEvent(
                owner,
                d.accountId(),
                null,
                d.id().value(),
                "UNDEPLOYED",
                "undeployed",
                d.symphonyName() + " is undeployed; $" + cash + " returned to the account",
                now);
        return new DeploymentPayload(repository.find(owner, d.id()).orElseThrow(), List.of());
    }

    @Transactional(readOnly = true)
    public List<Deployment> list(UserId owner) {
        return repository.list(owner);
    }

    @Transactional(readOnly = true)
    public Optional<Deployment> find(UserId owner, String deploymentId) {
        return DeploymentId.parse(deploymentId).flatMap(id -> repository.find(owner, id));
    }

    @Transactional(readOnly = true)
    List<TradingRun> runs(UserId owner, String accountId, int limit) {
        return runs.list(owner, accountId, limit);
    }

    @Transactional(readOnly = true)
    Optional<TradingRun> run(UserId owner, String runId) {
        try {
            return runs.find(owner, UUID.fromString(runId));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /** The orders of a run the owner's lookup returned (callers pass runs found by owner only). */
    List<TradingOrder> orders(TradingRun run) {
        return runs.orders(run.id());
    }

    List<TradingEvent> events(TradingRun run) {
        return runs.events(run.owner(), run.id());
    }

    List<TradingEvent> events(UserId owner, String deploymentId, int limit) {
        UUID deployment = deploymentId == null
                ? null
                : DeploymentId.parse(deploymentId).map(DeploymentId::value).orElse(new UUID(0, 0));
        return runs.events(owner, deployment, limit);
    }

    /** The orders the next run would send now (nothing stored or sent), or why not. */
    Optional<AccountRun.Preview> preview(UserId owner, String accountId) {
        if (brokers.connection(owner, accountId).isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = clock.instant()
                .atZone(com.oragami.engine.calendar.NyseCalendar.ZONE)
                .toLocalDate();
        return Optional.of(accountRun.preview(owner, accountId, today));
    }

    boolean ownsConnection(UserId owner, String accountId) {
        return brokers.connection(owner, accountId).isPresent();
    }

    private DeploymentPayload change(
            UserId owner, String deploymentId, List<DeploymentStatus> from, DeploymentStatus to) {
        Optional<Deployment> found = live(owner, deploymentId);
        if (found.isEmpty()) {
            return notFound(deploymentId);
        }
        Deployment d = found.get();
        if (!from.contains(d.status())) {
            return failed("deployment-status", d.symphonyName() + " is " + d.status() + "; this needs one of " + from);
        }
        Instant now = clock.instant();
        repository.setStatus(owner, d.id(), to, now);
        runs.insertEvent(
                owner,
                d.accountId(),
                null,
                d.id().value(),
                "STATUS_CHANGED",
                to.name().toLowerCase(java.util.Locale.ROOT),
                d.symphonyName() + " is now " + to,
                now);
        return new DeploymentPayload(repository.find(owner, d.id()).orElseThrow(), List.of());
    }

    private Optional<Deployment> live(UserId owner, String deploymentId) {
        return find(owner, deploymentId).filter(d -> d.status() != DeploymentStatus.UNDEPLOYED);
    }

    private Optional<Problem> checkFree(UserId owner, String accountId, Money amount) {
        Money accountCash = brokers.broker(accountId).cash();
        Money booksCash = ledger.books(owner, AccountId.of(accountId)).totalCash();
        Money free = BrokerAccess.free(accountCash, booksCash);
        if (amount.compareTo(free) > 0) {
            return Optional.of(Problem.error(
                    "insufficient-account-cash",
                    "the account has $" + free + " not held by deployed symphonies, less than the $" + amount
                            + " asked",
                    WHERE));
        }
        return Optional.empty();
    }

    /** Dollars with at most two decimals, above zero and at most {@link #MAX_AMOUNT}. */
    static Optional<Money> amount(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() <= 0
                    || value.scale() > 2 && value.stripTrailingZeros().scale() > 2
                    || value.compareTo(MAX_AMOUNT) > 0) {
                return Optional.empty();
            }
            return Optional.of(Money.of(value.setScale(2, java.math.RoundingMode.UNNECESSARY)));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    static BookId book(DeploymentId id) {
        return BookId.of(id.toString());
    }

    private static DeploymentPayload badAmount(String text) {
        return failed(
                "amount-invalid",
                "an amount is dollars above 0 with at most 2 decimals, up to " + MAX_AMOUNT + ", got \"" + text + "\"");
    }

    private static DeploymentPayload notFound(String id) {
        return failed("deployment-not-found", "there is no deployment with id " + id + " of yours");
    }

    private static DeploymentPayload runInProgress() {
        return failed("run-in-progress", "the daily run of this account is under way; try again when it is done");
    }

    private static DeploymentPayload failed(String code, String message) {
        return new DeploymentPayload(null, List.of(Problem.error(code, message, WHERE)));
    }
}
