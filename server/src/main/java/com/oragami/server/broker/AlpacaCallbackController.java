package com.oragami.server.broker;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where Alpaca sends the browser after the user authorizes (or declines) our app: {@code GET
 * /oauth/alpaca/callback?code=…&state=…} (or {@code ?error=access_denied&state=…}). The single-use
 * state names the user, so this needs no access token. It completes the connection and redirects
 * to the web app with {@code ?broker=connected} or {@code ?broker=error&problem=<code>}.
 */
@Controller
class AlpacaCallbackController {

    static final String PATH = "/oauth/alpaca/callback";

    private final Brokers brokers;
    private final BrokerProperties properties;

    AlpacaCallbackController(Brokers brokers, BrokerProperties properties) {
        this.brokers = brokers;
        this.properties = properties;
    }

    @GetMapping(PATH)
    ResponseEntity<Void> callback(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String error) {
        String problem;
        if (error != null || code == null || state == null) {
            problem = error != null ? "oauth-declined" : "oauth-callback-incomplete";
        } else {
            BrokerConnectionPayload payload = brokers.completeOAuthByState(code, state);
            problem = payload.connection() != null
                    ? null
                    : payload.problems().get(0).code();
        }
        UriComponentsBuilder target = UriComponentsBuilder.fromUriString(properties.callbackRedirect());
        if (problem == null) {
            target.queryParam("broker", "connected");
        } else {
            target.queryParam("broker", "error").queryParam("problem", problem);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setLocation(URI.create(target.encode().build().toUriString()));
        headers.setCacheControl("no-store");
        return new ResponseEntity<>(headers, HttpStatus.FOUND);
    }
}
