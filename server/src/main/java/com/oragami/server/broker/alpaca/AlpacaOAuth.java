package com.oragami.server.broker.alpaca;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Alpaca's OAuth 2.0 authorization-code flow for our registered app.
 *
 * <ul>
 *   <li>The user is sent to {@code GET https://app.alpaca.markets/oauth/authorize?response_type=code
 *       &client_id=…&redirect_uri=…&state=…&scope=account:write%20trading&env=paper}: the scopes are
 *       the least that trading needs (no {@code data}), and {@code env=paper} asks for the paper
 *       account only.
 *   <li>Alpaca redirects back to {@code redirect_uri?code=…&state=…}; the code is exchanged with
 *       {@code POST https://api.alpaca.markets/oauth/token}, form-encoded {@code
 *       grant_type=authorization_code, code, client_id, client_secret, redirect_uri}, answered by
 *       {@code {"access_token":"…","token_type":"bearer","scope":"account:write trading"}}. Alpaca's
 *       tokens do not expire on a schedule; a revoked one is answered 401.
 * </ul>
 */
public final class AlpacaOAuth {

    /** The scopes asked for: account configuration and trading. */
    public static final String SCOPE = "account:write trading";

    private final String authorizeUrl;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;
    private final AlpacaRest rest;

    public AlpacaOAuth(
            String authorizeUrl,
            String tokenUrl,
            String clientId,
            String clientSecret,
            String redirectUri,
            AlpacaHttp http) {
        this.authorizeUrl = authorizeUrl;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
        this.rest = new AlpacaRest(http);
    }

    /** Whether a client id and secret are configured. */
    public boolean configured() {
        return !clientId.isBlank() && !clientSecret.isBlank() && !redirectUri.isBlank();
    }

    /** The URL the user's browser is sent to, carrying {@code state}. */
    public String authorizeUrl(String state) {
        return UriComponentsBuilder.fromUriString(authorizeUrl)
                .queryParam("response_type", "code")
                .queryParam("client_id", clientId)
                .queryParam("redirect_uri", redirectUri)
                .queryParam("state", state)
                .queryParam("scope", SCOPE)
                .queryParam("env", "paper")
                .encode()
                .build()
                .toUriString();
    }

    /**
     * Trades an authorization code for an access token. Not retried: a code is single-use, and a
     * lost answer cannot be asked again.
     *
     * @throws AlpacaException {@code REFUSED} for a bad or used code, {@code UNAVAILABLE} when
     *     Alpaca cannot be reached, {@code MALFORMED} for an answer without a token
     */
    public AlpacaAuth.OAuthToken exchange(String code) {
        Objects.requireNonNull(code, "code");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("redirect_uri", redirectUri);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String where = "alpaca oauth token";
        AlpacaRest.Answer answer;
        try {
            answer = rest.exchange(
                    HttpMethod.POST, URI.create(tokenUrl), h -> {}, MediaType.APPLICATION_FORM_URLENCODED, body);
        } catch (ResourceAccessException e) {
            throw new AlpacaException(
                    AlpacaException.Reason.UNAVAILABLE,
                    where + ": no answer: " + e.getMostSpecificCause().getMessage(),
                    e);
        }
        if (answer.retryable()) {
            throw new AlpacaException(
                    AlpacaException.Reason.UNAVAILABLE, where + ": HTTP " + answer.status() + ": " + answer.message());
        }
        if (!answer.ok()) {
            throw new AlpacaException(
                    AlpacaException.Reason.REFUSED, where + ": HTTP " + answer.status() + ": " + answer.message());
        }
        JsonNode node = AlpacaRest.parse(where, answer.body());
        String token = AlpacaRest.string(node, "access_token", where);
        if (token.isBlank()) {
            throw AlpacaRest.malformed(where + ": empty access_token");
        }
        return new AlpacaAuth.OAuthToken(token);
    }
}
