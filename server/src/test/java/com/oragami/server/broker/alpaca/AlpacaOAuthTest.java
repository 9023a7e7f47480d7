package com.oragami.server.broker.alpaca;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alpaca's OAuth reference: the authorize URL and POST /oauth/token, against WireMock. */
class AlpacaOAuthTest {

    private static WireMockServer server;
    private AlpacaOAuth oauth;

    @BeforeAll
    static void startServer() {
        server = AlpacaFixtures.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void setUp() {
        server.resetAll();
        oauth = new AlpacaOAuth(
                "https://app.alpaca.markets/oauth/authorize",
                server.baseUrl() + "/oauth/token",
                "client id",
                "client-secret",
                "https://oragami.example/oauth/alpaca/callback",
                AlpacaFixtures.HTTP);
    }

    @AfterEach
    void strict() {
        AlpacaFixtures.assertNoUnexpectedRequests(server);
    }

    private static MappingBuilder token() {
        return post(urlPathEqualTo("/oauth/token"))
                .withFormParam("grant_type", equalTo("authorization_code"))
                .withFormParam("code", equalTo("the-code"))
                .withFormParam("client_id", equalTo("client id"))
                .withFormParam("client_secret", equalTo("client-secret"))
                .withFormParam("redirect_uri", equalTo("https://oragami.example/oauth/alpaca/callback"));
    }

    @Test
    void authorizeUrlIsTheDocumentedOneForPaperWithTheLeastScopes() {
        assertThat(oauth.authorizeUrl("s-1"))
                .isEqualTo("https://app.alpaca.markets/oauth/authorize?response_type=code&client_id=client%20id"
                        + "&redirect_uri=https://oragami.example/oauth/alpaca/callback&state=s-1"
                        + "&scope=account:write%20trading&env=paper");
    }

    @Test
    void exchangesTheCodeForAToken() {
        server.stubFor(token().willReturn(
                        okJson("{\"access_token\":\"79500537-5796-4230-9661-7f7108877c60\",\"token_type\":\"bearer\","
                                + "\"scope\":\"account:write trading\"}")));

        assertThat(oauth.exchange("the-code").accessToken()).isEqualTo("79500537-5796-4230-9661-7f7108877c60");
    }

    @Test
    void aBadCodeIsRefused() {
        server.stubFor(token().willReturn(aResponse()
                .withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\"}")));

        assertThatThrownBy(() -> oauth.exchange("the-code"))
                .isInstanceOfSatisfying(
                        AlpacaException.class, e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.REFUSED))
                .hasMessageNotContaining("client-secret");
    }

    @Test
    void anOutageIsUnavailableAndNotRetried() {
        server.stubFor(token().willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> oauth.exchange("the-code"))
                .isInstanceOfSatisfying(
                        AlpacaException.class,
                        e -> assertThat(e.reason()).isEqualTo(AlpacaException.Reason.UNAVAILABLE));
        server.verify(
                1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    @Test
    void isConfiguredOnlyWithAClientIdSecretAndRedirect() {
        assertThat(oauth.configured()).isTrue();
        assertThat(new AlpacaOAuth("a", "t", "", "", "r", AlpacaFixtures.HTTP).configured())
                .isFalse();
    }
}
