package com.oragami.server.broker.alpaca;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP exchange with Alpaca and strict reading of its JSON. Any status comes back as an {@link
 * Answer}; a timeout or a broken connection throws Spring's {@link ResourceAccessException}.
 * Retries are the callers' (an order is looked up before it is ever resent).
 */
final class AlpacaRest {

    /** Larger answers are refused: a year of calendar is ~25 kB. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    record Answer(int status, String body) {

        boolean ok() {
            return status / 100 == 2;
        }

        boolean retryable() {
            return status == 429 || status / 100 == 5;
        }

        /** Alpaca's error {@code message} (or the body's first 160 characters). */
        String message() {
            JsonNode node = tryParse(body);
            JsonNode message = node.isObject() ? node.get("message") : null;
            if (message != null && message.isString()) {
                return message.stringValue();
            }
            String line = body.strip().replaceAll("\\s+", " ");
            return line.length() > 160 ? line.substring(0, 160) + "…" : line;
        }

        /** Alpaca's numeric error {@code code}, or 0. */
        long code() {
            JsonNode node = tryParse(body);
            JsonNode code = node.isObject() ? node.get("code") : null;
            return code != null && code.isIntegralNumber() ? code.longValue() : 0;
        }
    }

    private final RestClient client;

    AlpacaRest(AlpacaHttp http) {
        HttpClient jdk = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(http.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
        factory.setReadTimeout(http.readTimeout());
        this.client = RestClient.builder().requestFactory(factory).build();
    }

    /**
     * Sends one request. {@code contentType} and {@code body} go together (JSON or a form).
     *
     * @throws ResourceAccessException on a timeout or a broken connection
     */
    Answer exchange(
            HttpMethod method,
            URI uri,
            Consumer<HttpHeaders> headers,
            @Nullable MediaType contentType,
            @Nullable String body) {
        RestClient.RequestBodySpec request = client.method(method).uri(uri).headers(h -> {
            h.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
            headers.accept(h);
        });
        if (body != null && contentType != null) {
            request = request.contentType(contentType).body(body);
        }
        return request.exchange((req, response) -> {
            try (InputStream in = response.getBody()) {
                byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
                if (bytes.length > MAX_BODY_BYTES) {
                    throw new AlpacaException(
                            AlpacaException.Reason.MALFORMED,
                            "alpaca " + uri.getPath() + " answered more than " + MAX_BODY_BYTES + " bytes");
                }
                return new Answer(response.getStatusCode().value(), new String(bytes, StandardCharsets.UTF_8));
            }
        });
    }

    static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlpacaException(AlpacaException.Reason.UNAVAILABLE, "interrupted while waiting to retry", e);
        }
    }

    static JsonNode parse(String where, String body) {
        if (body.isBlank()) {
            throw malformed(where + ": empty body");
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new AlpacaException(
                    AlpacaException.Reason.MALFORMED, where + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode tryParse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return JSON.nullNode();
        }
    }

    static AlpacaException malformed(String message) {
        return new AlpacaException(AlpacaException.Reason.MALFORMED, message);
    }

    static @Nullable JsonNode optional(JsonNode node, String field) {
        JsonNode value = node.isObject() ? node.get(field) : null;
        return value == null || value.isNull() ? null : value;
    }

    static String string(JsonNode node, String field, String where) {
        JsonNode value = optional(node, field);
        if (value == null || !value.isString()) {
            throw malformed(where + ": missing text '" + field + "'");
        }
        return value.stringValue();
    }

    static boolean bool(JsonNode node, String field, String where) {
        JsonNode value = optional(node, field);
        if (value == null || !value.isBoolean()) {
            throw malformed(where + ": missing boolean '" + field + "'");
        }
        return value.booleanValue();
    }

    /** A decimal Alpaca sends as a string ({@code "262113.632"}); a JSON number is accepted too. */
    static @Nullable BigDecimal decimalOrNull(JsonNode node, String field, String where) {
        JsonNode value = optional(node, field);
        if (value == null) {
            return null;
        }
        try {
            if (value.isString()) {
                return new BigDecimal(value.stringValue().strip());
            }
            if (value.isNumber()) {
                return value.decimalValue();
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw malformed(where + ": '" + field + "' is not a decimal: " + value);
    }

    static BigDecimal decimal(JsonNode node, String field, String where) {
        BigDecimal value = decimalOrNull(node, field, where);
        if (value == null) {
            throw malformed(where + ": missing '" + field + "'");
        }
        return value;
    }

    static Instant instant(JsonNode node, String field, String where) {
        String text = string(node, field, where);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed(where + ": '" + field + "' is not a timestamp: " + text);
        }
    }
}
