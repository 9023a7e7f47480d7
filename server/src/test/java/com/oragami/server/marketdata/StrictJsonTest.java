package com.oragami.server.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oragami.engine.symphony.Ticker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Vendor answers of the wrong shape become MALFORMED failures naming the vendor and the field. */
class StrictJsonTest {

    private static final String WHERE = "tiingo /daily/SPY/prices";

    private static JsonNode json(String body) {
        return StrictJson.parse("tiingo", body);
    }

    private static void malformed(ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProviderException.Reason.MALFORMED))
                .hasMessage(message);
    }

    @Test
    void anEmptyBodyIsMalformed() {
        malformed(() -> json("  \n"), "tiingo answered an empty body");
    }

    @Test
    void aTruncatedOrTrailedBodyIsMalformed() {
        assertThatThrownBy(() -> json("{\"a\": 1"))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("tiingo answered malformed JSON: ");
        assertThatThrownBy(() -> json("{\"a\": 1} trailing"))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("tiingo answered malformed JSON: ");
    }

    @Test
    void tryParseGivesANullNodeForNonJson() {
        assertThat(StrictJson.tryParse("<html>busy</html>").isNull()).isTrue();
        assertThat(StrictJson.tryParse("{\"Note\":\"slow down\"}").get("Note").stringValue())
                .isEqualTo("slow down");
    }

    @Test
    void aMissingOrNullFieldIsNamed() {
        malformed(() -> StrictJson.field(json("{\"a\":null}"), "a", WHERE), WHERE + ": missing 'a'");
        malformed(() -> StrictJson.field(json("{}"), "a", WHERE), WHERE + ": missing 'a'");
        malformed(() -> StrictJson.field(json("[1]"), "a", WHERE), WHERE + ": missing 'a'");
    }

    @Test
    void anObjectFieldMustBeAnObject() {
        malformed(() -> StrictJson.object(json("{\"meta\":[1]}"), "meta", WHERE), WHERE + ": 'meta' is not an object");
        assertThat(StrictJson.object(json("{\"meta\":{\"x\":1}}"), "meta", WHERE)
                        .get("x")
                        .intValue())
                .isEqualTo(1);
    }

    @Test
    void aNumberFieldMustBeAJsonNumber() {
        malformed(
                () -> StrictJson.number(json("{\"close\":\"1.5\"}"), "close", WHERE),
                WHERE + ": 'close' is not a number: \"1.5\"");
        assertThat(StrictJson.number(json("{\"close\":1.5}"), "close", WHERE)).isEqualTo(1.5);
    }

    @Test
    void aWholeNumberMayBeWrittenWithAZeroFraction() {
        assertThat(StrictJson.wholeNumber(json("{\"volume\":1200}"), "volume", WHERE))
                .isEqualTo(1200L);
        assertThat(StrictJson.wholeNumber(json("{\"volume\":1200.0}"), "volume", WHERE))
                .isEqualTo(1200L);
        malformed(
                () -> StrictJson.wholeNumber(json("{\"volume\":1200.5}"), "volume", WHERE),
                WHERE + ": 'volume' is not a whole number: 1200.5");
        malformed(
                () -> StrictJson.wholeNumber(json("{\"volume\":\"1200\"}"), "volume", WHERE),
                WHERE + ": 'volume' is not a whole number: \"1200\"");
    }

    @Test
    void aStringFieldMustBeAString() {
        malformed(
                () -> StrictJson.string(json("{\"date\":20240301}"), "date", WHERE),
                WHERE + ": 'date' is not a string: 20240301");
        assertThat(StrictJson.string(json("{\"date\":\"2024-03-01\"}"), "date", WHERE))
                .isEqualTo("2024-03-01");
    }

    @Test
    void aDecimalStringMustHoldAFiniteNumber() {
        assertThat(StrictJson.decimalString(json("{\"4. close\":\"134.2100\"}"), "4. close", WHERE))
                .isEqualTo(134.21);
        malformed(
                () -> StrictJson.decimalString(json("{\"c\":\"n/a\"}"), "c", WHERE),
                WHERE + ": 'c' is not a number: n/a");
        malformed(
                () -> StrictJson.decimalString(json("{\"c\":\"Infinity\"}"), "c", WHERE),
                WHERE + ": 'c' is not finite: Infinity");
    }

    @Test
    void datesAndTimesMustBeIso() {
        assertThat(StrictJson.date("2024-03-01", WHERE)).isEqualTo(LocalDate.of(2024, 3, 1));
        malformed(() -> StrictJson.date("03/01/2024", WHERE), WHERE + ": not a date: 03/01/2024");
        assertThat(StrictJson.instant("2024-03-01T14:30:00Z", WHERE)).isEqualTo(Instant.parse("2024-03-01T14:30:00Z"));
        malformed(
                () -> StrictJson.instant("2024-03-01 14:30", WHERE),
                WHERE + ": not an RFC 3339 time: 2024-03-01 14:30");
    }

    @Test
    void aBrokenBarInvariantBecomesMalformed() {
        malformed(
                () -> StrictJson.bar(() -> Bar.adjustedOnly(new Ticker("SPY"), LocalDate.of(2024, 3, 1), 0), WHERE),
                WHERE + ": adjusted close must be positive on 2024-03-01, got 0.0");
    }

    @Test
    void barsMustStrictlyAscend() {
        Ticker spy = new Ticker("SPY");
        Bar first = Bar.adjustedOnly(spy, LocalDate.of(2024, 3, 1), 10);
        Bar second = Bar.adjustedOnly(spy, LocalDate.of(2024, 3, 4), 11);

        assertThat(StrictJson.ascending(List.of(first, second), "tiingo")).containsExactly(first, second);
        malformed(
                () -> StrictJson.ascending(List.of(second, first), "tiingo"),
                "tiingo answered bars out of order or repeated at 2024-03-01");
        malformed(
                () -> StrictJson.ascending(List.of(first, first), "tiingo"),
                "tiingo answered bars out of order or repeated at 2024-03-01");
    }
}
