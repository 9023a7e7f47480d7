package com.oragami.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AccountIntegrationTest extends IntegrationTest {

    private static final String TEST_SECRET = "test-only-jwt-secret-0123456789abcdef-0123456789";
    private static final String ME = "{ me { id email } }";
    private static final String LOGIN = """
            mutation($email: String!, $password: String!) {
              login(input: {email: $email, password: $password}) {
                user { id } tokens { accessToken refreshToken } problems { code message }
              }
            }""";
    private static final String REFRESH = """
            mutation($token: String!) {
              refresh(input: {refreshToken: $token}) { tokens { accessToken refreshToken } problems { code } }
            }""";
    private static final String LOGOUT = """
            mutation($token: String!) { logout(input: {refreshToken: $token}) { loggedOut } }""";

    @Test
    void registeredUserReadsThemselvesWithTheAccessToken() {
        Api.User user = api.register();

        JsonNode me = api.query(ME, Map.of(), user).data("me");

        assertThat(me.path("id").asString()).isEqualTo(user.id());
        assertThat(me.path("email").asString()).isEqualTo(user.email());
    }

    @Test
    void loginIsCaseInsensitiveOnTheEmail() {
        Api.User user = api.register();

        JsonNode login = login(user.email().toUpperCase(), Api.PASSWORD);

        assertThat(login.path("user").path("id").asString()).isEqualTo(user.id());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Api.User user = api.register();

        JsonNode wrong = login(user.email(), "not the password at all");
        JsonNode unknown = login("nobody-" + UUID.randomUUID() + "@example.com", Api.PASSWORD);

        assertThat(wrong.path("user").isNull()).isTrue();
        assertThat(wrong.path("problems")).isEqualTo(unknown.path("problems"));
        assertThat(wrong.path("problems").path(0).path("code").asString()).isEqualTo("invalid-credentials");
    }

    @Test
    void accountIsThrottledAfterFiveFailuresEvenWithTheRightPassword() {
        Api.User user = api.register();
        for (int i = 0; i < 5; i++) {
            login(user.email(), "wrong password number " + i);
        }

        JsonNode sixth = login(user.email(), Api.PASSWORD);

        assertThat(sixth.path("problems").path(0).path("code").asString()).isEqualTo("too-many-attempts");
        assertThat(sixth.path("tokens").isNull()).isTrue();
    }

    @Test
    void registeringTwiceWithOneEmailIsRefused() {
        Api.User user = api.register();

        JsonNode again = api.query(
                        "mutation($e: String!) { register(input: {email: $e, password: \"another long password\"})"
                                + " { user { id } problems { code } } }",
                        Map.of("e", user.email()),
                        (String) null)
                .data("register");

        assertThat(again.path("problems").path(0).path("code").asString()).isEqualTo("email-taken");
    }

    @Test
    void shortPasswordIsAProblemNotAnError() {
        JsonNode payload = api.query(
                        "mutation { register(input: {email: \"short@example.com\", password: \"short\"})"
                                + " { user { id } problems { code } } }",
                        Map.of(),
                        (String) null)
                .data("register");

        assertThat(payload.path("problems").path(0).path("code").asString()).isEqualTo("password-too-short");
    }

    @Test
    void refreshRotatesAndTheOldRefreshTokenStopsWorking() {
        Api.User user = api.register();

        JsonNode first = api.query(REFRESH, Map.of("token", user.refreshToken()), (String) null)
                .data("refresh");
        String newAccess = first.path("tokens").path("accessToken").asString();
        JsonNode replay = api.query(REFRESH, Map.of("token", user.refreshToken()), (String) null)
                .data("refresh");

        assertThat(first.path("problems").size()).isZero();
        assertThat(replay.path("problems").path(0).path("code").asString()).isEqualTo("invalid-refresh-token");
        // the replay looks like theft: the whole session closes, so the rotated access token dies too
        assertThat(api.query(ME, Map.of(), newAccess).status()).isEqualTo(401);
    }

    @Test
    void logoutRevokesTheAccessTokenAtOnce() {
        Api.User user = api.register();

        JsonNode logout = api.query(LOGOUT, Map.of("token", user.refreshToken()), (String) null)
                .data("logout");

        assertThat(logout.path("loggedOut").asBoolean()).isTrue();
        assertThat(api.query(ME, Map.of(), user).status()).isEqualTo(401);
        assertThat(api.query(REFRESH, Map.of("token", user.refreshToken()), (String) null)
                        .data("refresh")
                        .path("problems")
                        .path(0)
                        .path("code")
                        .asString())
                .isEqualTo("invalid-refresh-token");
    }

    @Test
    void forgedTokenSignedWithAnotherSecretIsRefused() throws Exception {
        Api.User user = api.register();
        String forged = token(
                user,
                "another-secret-of-enough-length-0123456789abcdef",
                Instant.now().plusSeconds(600));

        Api.Response response = api.query(ME, Map.of(), forged);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        Api.User user = api.register();
        String expired = token(user, TEST_SECRET, Instant.now().minusSeconds(600));

        Api.Response response = api.query(ME, Map.of(), expired);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void tokenSignedWithTheRightSecretButNoSessionIsRefused() throws Exception {
        Api.User user = api.register();
        String noSession = token(
                user,
                TEST_SECRET,
                Instant.now().plusSeconds(600),
                UUID.randomUUID().toString());

        assertThat(api.query(ME, Map.of(), noSession).status()).isEqualTo(401);
    }

    @Test
    void unsignedTokenIsRefused() {
        Api.User user = api.register();
        String[] parts = user.accessToken().split("\\.");
        String none = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";

        assertThat(api.query(ME, Map.of(), none).status()).isEqualTo(401);
    }

    @Test
    void anonymousCallerIsToldToSignIn() {
        Api.Response response = api.query("{ symphonies { count } }", Map.of(), (String) null);

        assertThat(response.firstError()
                        .path("extensions")
                        .path("classification")
                        .asString())
                .isEqualTo("UNAUTHORIZED");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    private JsonNode login(String email, String password) {
        return api.query(LOGIN, Map.of("email", email, "password", password), (String) null)
                .data("login");
    }

    /** A token as the server would make it for this user's session, but with the given secret and expiry. */
    private static String token(Api.User user, String secret, Instant expires) throws Exception {
        String sid = SignedJWT.parse(user.accessToken()).getJWTClaimsSet().getStringClaim("sid");
        return token(user, secret, expires, sid);
    }

    private static String token(Api.User user, String secret, Instant expires, String sid) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("oragami")
                .subject(user.id())
                .issueTime(Date.from(expires.minusSeconds(900)))
                .expirationTime(Date.from(expires))
                .claim("sid", sid)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
