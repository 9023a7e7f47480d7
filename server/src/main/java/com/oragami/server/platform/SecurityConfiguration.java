package com.oragami.server.platform;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stateless bearer-token security: HS256 access tokens signed with {@code JWT_SECRET}, checked for
 * signature, expiry, issuer and an open session. {@code /graphql} is open at the HTTP level because
 * registering and signing in happen there; every resolver that touches user data asks {@link
 * CurrentUser}. {@code /graphql-ws} (subscriptions) is open for the WebSocket handshake; the token
 * comes in {@code connection_init} ({@link WebSocketAuthentication}). {@code /oauth/alpaca/callback}
 * is open too: the browser comes back from Alpaca without our token, and the broker feature's
 * single-use OAuth state names the user. A request with a bad token is refused with 401 before
 * GraphQL sees it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecretKey jwtSecretKey(OragamiProperties properties, Environment environment) {
        byte[] key = Secrets.jwtKey(
                properties.jwt().secret(),
                Arrays.asList(
                        environment.getActiveProfiles().length > 0
                                ? environment.getActiveProfiles()
                                : environment.getDefaultProfiles()));
        return new SecretKeySpec(key, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSecretKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<SecurityContext>(jwtSecretKey));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtSecretKey, OragamiProperties properties, SessionRegistry sessions) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtSecretKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.jwt().issuer()), openSession(sessions)));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> openSession(SessionRegistry sessions) {
        OAuth2TokenValidatorResult closed =
                OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "session is closed", null));
        return jwt -> {
            String sid = jwt.getClaimAsString(CurrentUser.SESSION_CLAIM);
            if (sid == null) {
                return closed;
            }
            try {
                return sessions.isActive(UUID.fromString(sid)) ? OAuth2TokenValidatorResult.success() : closed;
            } catch (IllegalArgumentException notAUuid) {
                return closed;
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/graphql",
                                "/graphql-ws",
                                "/graphiql",
                                "/actuator/health/**",
                                "/actuator/prometheus",
                                "/error",
                                // the browser's return from Alpaca's OAuth; its single-use state names the user
                                "/oauth/alpaca/callback")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> {}));
        return http.build();
    }
}
