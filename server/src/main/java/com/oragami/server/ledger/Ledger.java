package com.oragami.server.ledger;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.symphony.Ticker;
import com.oragami.engine.trading.AccountBook;
import com.oragami.engine.trading.AccountId;
import com.oragami.engine.trading.BookId;
import com.oragami.engine.trading.Leg;
import com.oragami.engine.trading.Money;
import com.oragami.engine.trading.Price;
import com.oragami.engine.trading.Side;
import com.oragami.engine.trading.SymphonyBook;
import com.oragami.server.platform.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The books of deployed symphonies, the feature's API. A book's id is its deployment's id; its
 * account is the broker connection. The caller (trading) serialises changes per account; this
 * class keeps each book consistent: cash moves with every flow and leg, positions never go below
 * zero (a sell of more than a book holds is a bug and rolls the transaction back), and a book
 * never pays out more cash than it has.
 */
@Service
public class Ledger {

    /** The most fills {@link #fills} returns. */
    public static final int MAX_FILLS = 500;

    private static final Location WHERE = Location.of("ledger", 0, 0);

    private final LedgerRepository repository;
    private final Clock clock;

    Ledger(LedgerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Opens a book in an account with its first money (a {@code deploy} flow). */
    @Transactional
    public SymphonyBook open(UserId owner, BookId book, AccountId account, Money amount) {
        requirePositive(amount);
        UUID id = uuid(book);
        repository.insertBook(owner, id, account.value(), clock.instant());
        move(owner, id, amount, "deploy");
        return repository.find(owner, id).orElseThrow();
    }

    /** Adds money to a book; empty when the owner has no such book. */
    @Transactional
    public Optional<SymphonyBook> deposit(UserId owner, BookId book, Money amount) {
        requirePositive(amount);
        UUID id = uuid(book);
        if (repository.lockCash(owner, id).isEmpty()) {
            return Optional.empty();
        }
        move(owner, id, amount, "deposit");
        return repository.find(owner, id);
    }

    /**
     * Takes money out of a book's cash ({@code kind} {@code withdraw} or {@code undeploy}); problem
     * {@code insufficient-cash} when the book has less (shares are not sold for it: liquidate first).
     */
    @Transactional
    public List<Problem> withdraw(UserId owner, BookId book, Money amount, String kind) {
        requirePositive(amount);
        UUID id = uuid(book);
        Optional<BigDecimal> cash = repository.lockCash(owner, id);
        if (cash.isEmpty()) {
            return List.of(Problem.error("book-not-found", "there is no book " + book, WHERE));
        }
        if (cash.get().compareTo(amount.amount()) < 0) {
            return List.of(Problem.error(
                    "insufficient-cash",
                    "the symphony holds $" + Money.of(cash.get()) + " in cash, less than the $" + amount
                            + " asked; liquidate it first or withdraw less",
                    WHERE));
        }
        move(owner, id, Money.ZERO.minus(amount), kind);
        return List.of();
    }

    /** Marks an emptied book closed: it leaves its account's books and keeps its history. */
    @Transactional
    public void close(UserId owner, BookId book) {
        repository.close(owner, uuid(book), clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<SymphonyBook> book(UserId owner, BookId book) {
        return repository.find(owner, uuid(book));
    }

    /** The owner's open books in an account. */
    @Transactional(readOnly = true)
    public AccountBook books(UserId owner, AccountId account) {
        return AccountBook.of(account, repository.accountBooks(owner, account.value()));
    }

    /**
     * Applies a run's legs to the books as changes (so money added while the run was under way is
     * kept) and records each as a fill of the run.
     */
    @Transactional
    public void settle(UserId owner, @Nullable UUID run, LocalDate tradingDate, List<Leg> legs) {
        Instant now = clock.instant();
        for (Leg leg : legs) {
            UUID book = uuid(leg.book());
            UserId bookOwner = repository.ownerOf(book).orElseThrow();
            if (!bookOwner.equals(owner)) {
                throw new IllegalArgumentException("book " + book + " is not the run owner's");
            }
            boolean buy = leg.side() == Side.BUY;
            repository.movePosition(
                    book,
                    leg.ticker(),
                    buy ? leg.quantity().shares() : leg.quantity().shares().negate());
            repository.addCash(book, buy ? Money.ZERO.minus(leg.cash()) : leg.cash());
            repository.insertFill(
                    owner,
                    book,
                    run,
                    tradingDate,
                    leg.ticker(),
                    leg.side(),
                    leg.quantity(),
                    leg.cash(),
                    leg.internal(),
                    now);
        }
    }

    /**
     * Records every open book's value of the day at these prices with the money moved since the
     * previous value. A holding without a price counts as 0 ({@link SymphonyBook#value}), which
     * understates that day's value; the run only gets here with the prices it planned with.
     */
    @Transactional
    public void recordValues(UserId owner, AccountId account, LocalDate date, Map<Ticker, Price> prices) {
        Instant now = clock.instant();
        for (SymphonyBook book : repository.accountBooks(owner, account.value())) {
            UUID id = uuid(book.id());
            Money flow = repository.flowSince(id, now);
            repository.upsertValue(owner, id, date, book.value(prices), book.cash(), flow, now);
        }
    }

    @Transactional(readOnly = true)
    public List<LedgerFill> fills(UserId owner, BookId book, int limit) {
        return repository.fills(owner, uuid(book), Math.max(0, Math.min(limit, MAX_FILLS)));
    }

    @Transactional(readOnly = true)
    public List<DailyValue> dailyValues(UserId owner, BookId book) {
        return repository.values(owner, uuid(book));
    }

    /** The account's daily values: the sums over its books (closed ones included) per date. */
    @Transactional(readOnly = true)
    public List<DailyValue> accountValues(UserId owner, AccountId account) {
        return repository.accountValues(owner, account.value());
    }

    private void move(UserId owner, UUID book, Money amount, String kind) {
        repository.addCash(book, amount);
        repository.insertFlow(owner, book, amount, kind, clock.instant());
    }

    private static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }

    private static UUID uuid(BookId book) {
        return UUID.fromString(book.value());
    }
}
