package com.oragami.engine.trading;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import com.oragami.engine.symphony.Ticker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * All books of one broker account. The account may hold more than the books (money or shares the
 * user keeps outside the platform); the books together must never hold more than the account:
 * {@link #check} compares the sums with the broker's cash and positions.
 */
public record AccountBook(AccountId account, SortedMap<BookId, SymphonyBook> books) {

    public AccountBook {
        Objects.requireNonNull(account, "account");
        for (Map.Entry<BookId, SymphonyBook> b : books.entrySet()) {
            if (!b.getKey().equals(b.getValue().id())) {
                throw new IllegalArgumentException("book " + b.getValue().id() + " filed under " + b.getKey());
            }
        }
        books = Collections.unmodifiableSortedMap(new TreeMap<>(books));
    }

    public static AccountBook of(AccountId account, List<SymphonyBook> books) {
        TreeMap<BookId, SymphonyBook> map = new TreeMap<>();
        for (SymphonyBook b : books) {
            if (map.put(b.id(), b) != null) {
                throw new IllegalArgumentException("two books with id " + b.id());
            }
        }
        return new AccountBook(account, map);
    }

    public SymphonyBook book(BookId id) {
        SymphonyBook book = books.get(id);
        if (book == null) {
            throw new IllegalArgumentException("no book " + id + " in account " + account);
        }
        return book;
    }

    public AccountBook withBook(SymphonyBook book) {
        TreeMap<BookId, SymphonyBook> copy = new TreeMap<>(books);
        copy.put(book.id(), book);
        return new AccountBook(account, copy);
    }

    public Money totalCash() {
        Money sum = Money.ZERO;
        for (SymphonyBook b : books.values()) {
            sum = sum.plus(b.cash());
        }
        return sum;
    }

    /** Shares per ticker summed over the books. */
    public SortedMap<Ticker, Quantity> totalPositions() {
        TreeMap<Ticker, Quantity> sum = new TreeMap<>();
        for (SymphonyBook b : books.values()) {
            b.positions().forEach((t, q) -> sum.merge(t, q, Quantity::plus));
        }
        return sum;
    }

    /**
     * The invariant against the broker's account: the books' cash sum is at most the account's
     * cash and each ticker's share sum at most the account's position ({@code books-exceed-account},
     * one error per breach), and no book's cash is below zero ({@code book-overdrawn}). Empty when
     * the books fit.
     */
    public List<Problem> check(Money accountCash, Map<Ticker, Quantity> accountPositions) {
        List<Problem> problems = new ArrayList<>();
        Location where = Location.of("account " + account, 0, 0);
        if (totalCash().compareTo(accountCash) > 0) {
            problems.add(Problem.error(
                    "books-exceed-account",
                    "the books hold $" + totalCash() + " cash, the account $" + accountCash,
                    where));
        }
        for (SymphonyBook b : books.values()) {
            if (b.cash().isNegative()) {
                problems.add(Problem.error("book-overdrawn", "book " + b.id() + " has $" + b.cash() + " cash", where));
            }
        }
        totalPositions().forEach((t, q) -> {
            Quantity held = accountPositions.getOrDefault(t, Quantity.ZERO);
            if (q.compareTo(held) > 0) {
                problems.add(Problem.error(
                        "books-exceed-account", "the books hold " + q + " " + t + ", the account " + held, where));
            }
        });
        return problems;
    }
}
