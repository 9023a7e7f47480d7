package com.oragami.server.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The market data schema over HTTP, as a client sees it. */
class MarketDataGraphQlIntegrationTest extends MarketDataTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private JsonNode post(String query, @Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String signIn() {
        String email = "md-" + UUID.randomUUID() + "@example.com";
        JsonNode answer = post(
                "mutation { register(input: {email: \"" + email
                        + "\", password: \"correct horse battery staple\"}) { tokens { accessToken } problems { code } } }",
                null);
        return answer.path("data")
                .path("register")
                .path("tokens")
                .path("accessToken")
                .asString();
    }

    @Test
    void showsCoverageOfABundledTickerWithoutSigningIn() {
        JsonNode answer = post(
                "{ marketDataCoverage(tickers: [\"QQQ\"]) { ticker source firstDay bars status flags { kind } } }",
                null);

        JsonNode qqq = answer.path("data").path("marketDataCoverage").path(0);
        assertThat(qqq.path("ticker").asString()).as(answer.toString()).isEqualTo("QQQ");
        assertThat(qqq.path("source").asString()).isEqualTo("bundled");
        assertThat(qqq.path("status").asString()).isEqualTo("COMPLETE");
        assertThat(qqq.path("firstDay").asString()).isEqualTo("1999-03-10");
        assertThat(qqq.path("bars").asInt()).isGreaterThan(6800);
    }

    @Test
    void answersBarsToASignedInUser() {
        String token = signIn();

        JsonNode answer = post(
                "{ bars(ticker: \"SPY\", from: \"2024-01-02\", to: \"2024-01-03\") { bars { day adjClose close volume }"
                        + " problems { code } } }",
                token);

        JsonNode bars = answer.path("data").path("bars").path("bars");
        assertThat(bars.size()).as(answer.toString()).isEqualTo(2);
        assertThat(bars.path(0).path("day").asString()).isEqualTo("2024-01-02");
        assertThat(bars.path(0).path("adjClose").isNumber()).isTrue();
        assertThat(bars.path(0).path("close").isNull()).isTrue();
    }

    @Test
    void refusesBarsToAnAnonymousCaller() {
        JsonNode answer =
                post("{ bars(ticker: \"SPY\", from: \"2024-01-02\", to: \"2024-01-03\") { problems { code } } }", null);

        assertThat(answer.path("errors")
                        .path(0)
                        .path("extensions")
                        .path("classification")
                        .asString())
                .as(answer.toString())
                .isEqualTo("UNAUTHORIZED");
    }

    @Test
    void explainsThatNoProviderIsConfiguredWhenABackfillIsRequested() {
        String token = signIn();

        JsonNode answer = post(
                "mutation { requestBackfill(input: {ticker: \"ZZGQL\"}) { coverage { status } problems { code message } } }",
                token);

        JsonNode payload = answer.path("data").path("requestBackfill");
        assertThat(payload.path("coverage").isNull()).as(answer.toString()).isTrue();
        assertThat(payload.path("problems").path(0).path("code").asString()).isEqualTo("no-provider");
    }

    @Test
    void reportsATickerThatIsNotOne() {
        String token = signIn();

        JsonNode answer =
                post("mutation { requestBackfill(input: {ticker: \"not a ticker!\"}) { problems { code } } }", token);

        assertThat(answer.path("data")
                        .path("requestBackfill")
                        .path("problems")
                        .path(0)
                        .path("code")
                        .asString())
                .as(answer.toString())
                .isEqualTo("not-a-ticker");
    }

    @Test
    void refusesABackfillToAnAnonymousCaller() {
        JsonNode answer = post("mutation { requestBackfill(input: {ticker: \"ZZGQL\"}) { problems { code } } }", null);

        assertThat(answer.path("errors")
                        .path(0)
                        .path("extensions")
                        .path("classification")
                        .asString())
                .as(answer.toString())
                .isEqualTo("UNAUTHORIZED");
    }
}
