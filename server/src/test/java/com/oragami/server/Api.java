package com.oragami.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP GraphQL client for tests: what any client outside the server sees. */
final class Api {

    static final String PASSWORD = "correct horse battery staple";

    record Response(int status, String body, @Nullable JsonNode json) {
        JsonNode data(String field) {
            assertThat(json).as(body).isNotNull();
            assertThat(json.path("errors").isMissingNode()).as(body).isTrue();
            return json.path("data").path(field);
        }

        JsonNode firstError() {
            assertThat(json).as(body).isNotNull();
            return json.path("errors").path(0);
        }
    }

    /** A registered, signed-in user. */
    record User(String id, String email, String accessToken, String refreshToken) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    Api(int port) {
        this.endpoint = URI.create("http://localhost:" + port + "/graphql");
    }

    Response post(String body, @Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            if (response.body().startsWith("{")) {
                json = JSON.readTree(response.body());
            }
            return new Response(response.statusCode(), response.body(), json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response query(String query, Map<String, ?> variables, @Nullable String token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return post(JSON.writeValueAsString(body), token);
    }

    Response query(String query, Map<String, ?> variables, User user) {
        return query(query, variables, user.accessToken());
    }

    User register() {
        return register("user-" + UUID.randomUUID() + "@example.com");
    }

    User register(String email) {
        JsonNode payload = query("""
                        mutation($email: String!, $password: String!) {
                          register(input: {email: $email, password: $password}) {
                            user { id email } tokens { accessToken refreshToken } problems { code message }
                          }
                        }""", Map.of("email", email, "password", PASSWORD), (String) null)
                .data("register");
        assertThat(payload.path("problems").size()).as(payload.toString()).isZero();
        return new User(
                payload.path("user").path("id").asString(),
                email,
                payload.path("tokens").path("accessToken").asString(),
                payload.path("tokens").path("refreshToken").asString());
    }

    static final String UPLOAD = """
            mutation($source: String!, $name: String) {
              uploadSymphony(input: {source: $source, name: $name}) {
                symphony { id name format nodeCount tickers }
                problems { severity code message line column nodePath }
              }
            }""";

    /** Uploads and returns the new symphony's id, failing the test on an error. */
    String upload(User user, String source, @Nullable String name) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("source", source);
        variables.put("name", name);
        JsonNode payload = query(UPLOAD, variables, user).data("uploadSymphony");
        assertThat(payload.path("symphony").isObject()).as(payload.toString()).isTrue();
        return payload.path("symphony").path("id").asString();
    }

    static String resource(String name) {
        try (var in = Api.class.getResourceAsStream("/symphonies/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
