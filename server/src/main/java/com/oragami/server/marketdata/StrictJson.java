package com.oragami.server.marketdata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict reading of vendor JSON: the whole body must be one JSON value (trailing text or a
 * truncated body is malformed), and every field a provider needs must be present with the
 * documented type. Each failure is a {@link ProviderException} with reason {@code MALFORMED} naming
 * the vendor and the field.
 */
final class StrictJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {}

    static JsonNode parse(String vendor, String body) {
        if (body.isBlank()) {
            throw malformed(vendor + " answered an empty body");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new ProviderException(
                    ProviderException.Reason.MALFORMED,
                    vendor + " answered malformed JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    /** {@code node} parsed leniently for throttling checks: null when it is not JSON. */
    static JsonNode tryParse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            return MAPPER.nullNode();
        }
    }

    static JsonNode field(JsonNode node, String field, String where) {
        JsonNode value = node.isObject() ? node.get(field) : null;
        if (value == null || value.isNull()) {
            throw malformed(where + ": missing '" + field + "'");
        }
        return value;
    }

    static JsonNode object(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        if (!value.isObject()) {
            throw malformed(where + ": '" + field + "' is not an object");
        }
        return value;
    }

    static double number(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw malformed(where + ": '" + field + "' is not a number: " + value);
        }
        return value.doubleValue();
    }

    static long wholeNumber(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue())) {
            return (long) value.doubleValue();
        }
        throw malformed(where + ": '" + field + "' is not a whole number: " + value);
    }

    static String string(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        if (!value.isString()) {
            throw malformed(where + ": '" + field + "' is not a string: " + value);
        }
        return value.stringValue();
    }

    /** A number sent as a string ({@code "134.2100"}), as Alpha Vantage does. */
    static double decimalString(JsonNode node, String field, String where) {
        String text = string(node, field, where);
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw malformed(where + ": '" + field + "' is not finite: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw malformed(where + ": '" + field + "' is not a number: " + text);
        }
    }

    static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(where + ": not a date: " + text);
        }
    }

    static Instant instant(String text, String where) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(where + ": not an RFC 3339 time: " + text);
        }
    }

    /** Builds a bar, turning a broken invariant (a zero price, high below low) into MALFORMED. */
    static Bar bar(Supplier<Bar> make, String where) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw malformed(where + ": " + e.getMessage());
        }
    }

    /** Checks that days strictly ascend (no duplicates, no disorder). */
    static List<Bar> ascending(List<Bar> bars, String vendor) {
        for (int i = 1; i < bars.size(); i++) {
            if (!bars.get(i).day().isAfter(bars.get(i - 1).day())) {
                throw malformed(vendor + " answered bars out of order or repeated at "
                        + bars.get(i).day());
            }
        }
        return bars;
    }

    static ProviderException malformed(String message) {
        return new ProviderException(ProviderException.Reason.MALFORMED, message);
    }
}
