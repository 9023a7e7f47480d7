package com.oragami.server.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Alpaca's error answers and the strict reading of its JSON fields. */
class AlpacaRestTest {

    private static final String WHERE = "alpaca /v2/account";

    private static JsonNode json(String body) {
        return AlpacaRest.parse(WHERE, body);
    }

    private static void malformed(ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.MALFORMED))
                .hasMessage(message);
    }

    @Test
    void anErrorAnswerGivesAlpacasMessageAndCode() {
        AlpacaRest.Answer answer =
                new AlpacaRest.Answer(403, "{\"code\":40310000,\"message\":\"insufficient buying power\"}");

        assertThat(answer.ok()).isFalse();
        assertThat(answer.retryable()).isFalse();
        assertThat(answer.message()).isEqualTo("insufficient buying power");
        assertThat(answer.code()).isEqualTo(40310000L);
    }

    @Test
    void aNonJsonErrorGivesItsFirst160CharactersAndNoCode() {
        AlpacaRest.Answer answer = new AlpacaRest.Answer(502, "<html>\n  " + "y".repeat(300) + "</html>");

        assertThat(answer.retryable()).isTrue();
        assertThat(answer.message()).isEqualTo(("<html> " + "y".repeat(300)).substring(0, 160) + "…");
        assertThat(answer.code()).isZero();
    }

    @Test
    void aShortBodyWithoutAMessageIsGivenWhole() {
        AlpacaRest.Answer answer = new AlpacaRest.Answer(429, "{\"code\":\"slow\",\"message\":42}");

        assertThat(answer.retryable()).isTrue();
        assertThat(answer.message()).isEqualTo("{\"code\":\"slow\",\"message\":42}");
        assertThat(answer.code()).isZero();
        assertThat(new AlpacaRest.Answer(204, "").ok()).isTrue();
    }

    @Test
    void anEmptyOrBrokenBodyIsMalformed() {
        malformed(() -> json(" "), WHERE + ": empty body");
        assertThatThrownBy(() -> json("{\"cash\":\"1\"} extra"))
                .isInstanceOf(AlpacaException.class)
                .hasMessageStartingWith(WHERE + ": malformed JSON: ");
    }

    @Test
    void textAndBooleanFieldsMustHaveTheirType() {
        JsonNode node = json("{\"id\":\"a1\",\"shorting_enabled\":\"yes\",\"blocked\":false,\"n\":null}");

        assertThat(AlpacaRest.string(node, "id", WHERE)).isEqualTo("a1");
        malformed(() -> AlpacaRest.string(node, "blocked", WHERE), WHERE + ": missing text 'blocked'");
        malformed(() -> AlpacaRest.string(node, "n", WHERE), WHERE + ": missing text 'n'");
        assertThat(AlpacaRest.bool(node, "blocked", WHERE)).isFalse();
        malformed(
                () -> AlpacaRest.bool(node, "shorting_enabled", WHERE), WHERE + ": missing boolean 'shorting_enabled'");
        malformed(() -> AlpacaRest.bool(node, "absent", WHERE), WHERE + ": missing boolean 'absent'");
    }

    @Test
    void decimalsAreReadFromStringsOrNumbersExactly() {
        JsonNode node = json("{\"cash\":\" 262113.632 \",\"qty\":1.5,\"bad\":\"12,5\",\"flag\":true}");

        assertThat(AlpacaRest.decimal(node, "cash", WHERE)).isEqualByComparingTo(new BigDecimal("262113.632"));
        assertThat(AlpacaRest.decimal(node, "qty", WHERE)).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(AlpacaRest.decimalOrNull(node, "absent", WHERE)).isNull();
        malformed(() -> AlpacaRest.decimal(node, "absent", WHERE), WHERE + ": missing 'absent'");
        malformed(() -> AlpacaRest.decimal(node, "bad", WHERE), WHERE + ": 'bad' is not a decimal: \"12,5\"");
        malformed(() -> AlpacaRest.decimal(node, "flag", WHERE), WHERE + ": 'flag' is not a decimal: true");
    }

    @Test
    void timestampsMayCarryAnOffset() {
        JsonNode node = json("{\"at\":\"2024-03-01T09:30:00-05:00\",\"bad\":\"yesterday\"}");

        // 09:30 at −05:00 is 14:30 UTC
        assertThat(AlpacaRest.instant(node, "at", WHERE)).isEqualTo(Instant.parse("2024-03-01T14:30:00Z"));
        malformed(() -> AlpacaRest.instant(node, "bad", WHERE), WHERE + ": 'bad' is not a timestamp: yesterday");
    }

    @Test
    void optionalTreatsNullAndNonObjectsAsAbsent() {
        assertThat(AlpacaRest.optional(json("{\"a\":null}"), "a")).isNull();
        assertThat(AlpacaRest.optional(json("[1,2]"), "a")).isNull();
        assertThat(AlpacaRest.tryParse("not json").isNull()).isTrue();
    }
}
