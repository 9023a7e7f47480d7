package com.oragami.server.marketdata;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * GET with a vendor's manners: one request at a time no closer than {@code minInterval} (its rate
 * limit), connect and read timeouts, up to {@code attempts} tries on 429, 5xx, timeouts and broken
 * connections with a backoff that doubles from {@code backoff} up to {@code maxBackoff} (a longer
 * {@code Retry-After} is cut to {@code maxBackoff}), and a body limit. A 200 whose body {@code
 * throttled} accepts (Alpha Vantage's "Note") counts as a 429. Query parameters may carry keys, so
 * messages and logs name the path only.
 */
final class VendorHttp {

    private static final Logger log = LoggerFactory.getLogger(VendorHttp.class);

    /** Larger answers are refused: full daily histories are a few MB. */
    static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private final String vendor;
    private final String baseUrl;
    private final RestClient client;
    private final MarketDataProperties.Http http;
    private final long minIntervalNanos;
    private final Predicate<String> throttled;
    private long nextRequestNanos = System.nanoTime();

    VendorHttp(
            String vendor,
            String baseUrl,
            MarketDataProperties.Http http,
            Duration minInterval,
            Predicate<String> throttled) {
        this.vendor = vendor;
        this.baseUrl = baseUrl;
        this.http = http;
        this.minIntervalNanos = minInterval.toNanos();
        this.throttled = throttled;
        HttpClient jdk = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(http.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
        factory.setReadTimeout(http.readTimeout());
        this.client = RestClient.builder().requestFactory(factory).build();
    }

    VendorHttp(String vendor, String baseUrl, MarketDataProperties.Http http, Duration minInterval) {
        this(vendor, baseUrl, http, minInterval, body -> false);
    }

    private record Answer(int status, String body, @Nullable String retryAfter) {}

    /**
     * The body of a 2xx answer to {@code GET baseUrl + path} ({@code {name}} variables expanded and
     * encoded from {@code variables}) with {@code query} and {@code headers}.
     *
     * @throws ProviderException for a refusal, or when retries are used up
     */
    String get(String path, Map<String, ?> variables, Map<String, String> query, Map<String, String> headers) {
        UriComponentsBuilder builder =
                UriComponentsBuilder.fromUriString(baseUrl).path(path);
        query.forEach(builder::queryParam);
        URI uri = builder.encode().buildAndExpand(variables).toUri();
        String where = vendor + " " + uri.getPath();
        for (int attempt = 1; ; attempt++) {
            pace();
            Answer answer;
            try {
                answer = client.get()
                        .uri(uri)
                        .headers(h -> headers.forEach(h::set))
                        .exchange((request, response) -> {
                            try (InputStream in = response.getBody()) {
                                byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
                                if (bytes.length > MAX_BODY_BYTES) {
                                    throw new ProviderException(
                                            ProviderException.Reason.MALFORMED,
                                            where + " answered more than " + MAX_BODY_BYTES + " bytes");
                                }
                                return new Answer(
                                        response.getStatusCode().value(),
                                        new String(bytes, StandardCharsets.UTF_8),
                                        response.getHeaders().getFirst("Retry-After"));
                            }
                        });
            } catch (RestClientException e) {
                if (attempt >= http.attempts()) {
                    throw new ProviderException(
                            ProviderException.Reason.UNAVAILABLE,
                            where + " unreachable after " + attempt + " attempts: "
                                    + e.getMostSpecificCause().getMessage(),
                            e);
                }
                log.warn(
                        "{} attempt {} failed: {}",
                        where,
                        attempt,
                        e.getMostSpecificCause().toString());
                pause(delay(attempt, null));
                continue;
            }
            int status = answer.status();
            boolean tooMany = status == 429 || (status / 100 == 2 && throttled.test(answer.body()));
            if (status / 100 == 2 && !tooMany) {
                return answer.body();
            }
            if (tooMany || status / 100 == 5) {
                if (attempt >= http.attempts()) {
                    throw new ProviderException(
                            tooMany ? ProviderException.Reason.RATE_LIMITED : ProviderException.Reason.UNAVAILABLE,
                            where + " answered " + (tooMany ? "rate limited" : "HTTP " + status) + " after " + attempt
                                    + " attempts" + excerpt(answer.body()));
                }
                log.warn("{} attempt {} answered HTTP {}; retrying", where, attempt, status);
                pause(delay(attempt, answer.retryAfter()));
                continue;
            }
            ProviderException.Reason reason = switch (status) {
                case 401, 403 -> ProviderException.Reason.UNAUTHORIZED;
                case 404 -> ProviderException.Reason.UNKNOWN_TICKER;
                default -> ProviderException.Reason.REJECTED;
            };
            throw new ProviderException(reason, where + " answered HTTP " + status + excerpt(answer.body()));
        }
    }

    /** The wait before try {@code attempt + 1}: backoff · 2^(attempt−1), at least Retry-After, at most maxBackoff. */
    Duration delay(int attempt, @Nullable String retryAfter) {
        Duration max = http.maxBackoff();
        Duration wait = http.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        if (retryAfter != null) {
            try {
                Duration asked = Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
                if (asked.compareTo(wait) > 0) {
                    wait = asked;
                }
            } catch (NumberFormatException httpDate) {
                // An HTTP-date Retry-After is rare from these vendors; the doubling backoff stands.
            }
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private synchronized void pace() {
        long now = System.nanoTime();
        if (nextRequestNanos > now) {
            pause(Duration.ofNanos(nextRequestNanos - now));
            now = System.nanoTime();
        }
        nextRequestNanos = now + minIntervalNanos;
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(ProviderException.Reason.UNAVAILABLE, "interrupted while waiting to retry", e);
        }
    }

    private static String excerpt(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return "";
        }
        return ": " + (line.length() > 160 ? line.substring(0, 160) + "…" : line);
    }
}
