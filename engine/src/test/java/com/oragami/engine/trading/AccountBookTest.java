package com.oragami.engine.trading;

import static com.oragami.engine.trading.Books.ACCOUNT;
import static com.oragami.engine.trading.Books.book;
import static com.oragami.engine.trading.Books.qty;
import static com.oragami.engine.trading.Books.t;
import static com.oragami.engine.trading.Books.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oragami.engine.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountBookTest {

    private static final AccountBook BOOKS =
            AccountBook.of(ACCOUNT, List.of(book("a", "100", "SPY", "2"), book("b", "50.5", "SPY", "1", "TLT", "3")));

    @Test
    void sumsCashAndSharesOverTheBooks() {
        assertThat(BOOKS.totalCash()).isEqualTo(usd("150.5"));
        assertThat(BOOKS.totalPositions())
                .containsExactly(Map.entry(t("SPY"), qty("3")), Map.entry(t("TLT"), qty("3")));
    }

    @Test
    void booksWithinTheAccountPassTheCheckEvenWithOutsideHoldings() {
        assertThat(BOOKS.check(usd("1000"), Map.of(t("SPY"), qty("3"), t("TLT"), qty("10"), t("IBM"), qty("4"))))
                .isEmpty();
    }

    @Test
    void reportsEveryWayTheBooksExceedTheAccount() {
        List<Problem> problems = BOOKS.withBook(book("c", "-1")).check(usd("149"), Map.of(t("SPY"), qty("2.9")));

        assertThat(problems)
                .extracting(Problem::message)
                .containsExactly(
                        "the books hold $149.500000 cash, the account $149.000000",
                        "book c has $-1.000000 cash",
                        "the books hold 3.000000000 SPY, the account 2.900000000",
                        "the books hold 3.000000000 TLT, the account 0.000000000")
                .hasSize(4);
    }

    @Test
    void aBookIsValuedAtTheGivenPrices() {
        // 50.5 + 1 · 100.25 + 3 · 33.333333 = 250.749999
        SymphonyBook b = BOOKS.book(Books.id("b"));

        assertThat(b.value(Map.of(t("SPY"), Price.of("100.25"), t("TLT"), Price.of("33.333333"))))
                .isEqualTo(usd("250.749999"));
    }

    @Test
    void rejectsNegativePositionsAndDuplicateBooks() {
        assertThatThrownBy(() -> book("x", "0", "SPY", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountBook.of(ACCOUNT, List.of(book("x", "0"), book("x", "1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BOOKS.book(Books.id("zzz"))).isInstanceOf(IllegalArgumentException.class);
    }
}
