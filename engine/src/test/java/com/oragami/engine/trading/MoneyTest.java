package com.oragami.engine.trading;

import static com.oragami.engine.trading.Books.qty;
import static com.oragami.engine.trading.Books.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void equalAmountsAreEqualWhateverTheirWrittenScale() {
        assertThat(Money.of("1.5")).isEqualTo(Money.of("1.500000"));
        assertThat(Quantity.of("2")).isEqualTo(Quantity.of("2.000000000"));
        assertThat(Price.of("100.10")).isEqualTo(Price.of("100.1"));
    }

    @Test
    void moreDecimalsThanTheScaleMustBeRoundedByName() {
        assertThatThrownBy(() -> Money.of("0.0000001")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Quantity.of("0.0000000001")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void valuationRoundsHalfEvenAndOrderSizesRoundDown() {
        assertThat(Money.valued(new BigDecimal("0.0000025"))).isEqualTo(usd("0.000002"));
        assertThat(Money.valued(new BigDecimal("0.0000035"))).isEqualTo(usd("0.000004"));
        assertThat(Money.down(new BigDecimal("12.349"), 2)).isEqualTo(usd("12.34"));
        assertThat(Quantity.down(new BigDecimal("1.9999999999"))).isEqualTo(qty("1.999999999"));
    }

    @Test
    void sharesTimesPriceIsValuedHalfEven() {
        // 0.333333333 · 3 = 0.999999999 → 1.000000
        assertThat(qty("0.333333333").times(Price.of("3"))).isEqualTo(usd("1"));
    }

    @Test
    void pricesArePositive() {
        assertThatThrownBy(() -> Price.of("0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticAndComparison() {
        assertThat(usd("1.25").plus(usd("2")).minus(usd("0.25"))).isEqualTo(usd("3"));
        assertThat(usd("1").compareTo(usd("1.000001"))).isNegative();
        assertThat(qty("3").min(qty("2"))).isEqualTo(qty("2"));
        assertThat(qty("3").minus(qty("3")).isZero()).isTrue();
        assertThat(usd("0").isZero()).isTrue();
        assertThat(usd("-1").isNegative()).isTrue();
        assertThat(usd("12.5").toString()).isEqualTo("12.500000");
        assertThat(qty("1").toString()).isEqualTo("1.000000000");
    }
}
