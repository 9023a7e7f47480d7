package com.oragami.server.account;

import com.oragami.server.platform.CurrentUser;
import com.oragami.server.platform.OragamiProperties;
import com.oragami.server.platform.SessionRegistry;
import com.oragami.server.platform.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registering, signing in, refreshing and signing out. Passwords are hashed outside database
 * transactions (BCrypt takes a quarter of a second by design). A refresh token is used once: using
 * it returns a new pair, and using it again, which only a thief or a replay does, closes the whole
 * session, so the access tokens it issued stop working too.
 */
@Service
class Accounts implements SessionRegistry {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL = 254;

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final JwtEncoder jwt;
    private final LoginThrottle throttle;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final OragamiProperties.Jwt settings;
    private final SecureRandom random = new SecureRandom();
    /** Compared against when the email is unknown, so that both failures take as long. */
    private final String decoyHash;

    Accounts(
            AccountRepository repository,
            PasswordEncoder passwords,
            JwtEncoder jwt,
            LoginThrottle throttle,
            TransactionTemplate transactions,
            Clock clock,
            OragamiProperties properties) {
        this.repository = repository;
        this.passwords = passwords;
        this.jwt = jwt;
        this.throttle = throttle;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = properties.jwt();
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    AuthPayload register(String rawEmail, String password, String address) {
        String email = rawEmail.trim().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            return AuthPayload.refused("email-invalid", "email must look like name@example.com");
        }
        if (password.length() < MIN_PASSWORD) {
            return AuthPayload.refused(
                    "password-too-short", "password must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            return AuthPayload.refused("password-too-long", "password must be at most " + MAX_PASSWORD + " characters");
        }
        if (!throttle.tryAttempt(address)) {
            return tooManyAttempts();
        }
        String hash = passwords.encode(password);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            return transactions.execute(status -> {
                repository.insertUser(id, email, hash, now);
                return AuthPayload.signedIn(new Account(id, email, now.atOffset(ZoneOffset.UTC)), openSession(id, now));
            });
        } catch (DuplicateKeyException taken) {
            return AuthPayload.refused("email-taken", "an account with this email exists; log in instead");
        }
    }

    AuthPayload login(String rawEmail, String password, String address) {
        String email = rawEmail.trim().toLowerCase(Locale.ROOT);
        if (!throttle.tryAttempt(address) || throttle.isLocked(email)) {
            return tooManyAttempts();
        }
        Optional<AccountRepository.StoredUser> user = repository.findUserByEmail(email);
        boolean matches = passwords.matches(
                password, user.map(AccountRepository.StoredUser::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            throttle.recordFailure(email);
            return AuthPayload.refused("invalid-credentials", "email or password is wrong");
        }
        throttle.clearFailures(email);
        Instant now = clock.instant();
        return transactions.execute(status -> AuthPayload.signedIn(
                user.get().account(), openSession(user.get().id(), now)));
    }

    AuthPayload refresh(String refreshToken) {
        byte[] hash = hash(refreshToken);
        Instant now = clock.instant();
        AuthPayload invalid = AuthPayload.refused(
                "invalid-refresh-token", "refresh token is unknown, used or expired;" + " log in again");
        return transactions.execute(status -> {
            Optional<AccountRepository.StoredToken> found = repository.findToken(hash);
            if (found.isEmpty()) {
                return invalid;
            }
            AccountRepository.StoredToken token = found.get();
            if (token.usedAt() != null || !repository.useToken(hash, now)) {
                repository.revokeSession(token.sessionId(), now);
                return invalid;
            }
            if (token.sessionRevokedAt() != null
                    || !token.sessionExpiresAt().isAfter(now)
                    || !token.expiresAt().isAfter(now)) {
                return invalid;
            }
            Optional<AccountRepository.StoredUser> user = repository.findUser(token.userId());
            if (user.isEmpty()) {
                return invalid;
            }
            return AuthPayload.signedIn(
                    user.get().account(), tokens(token.userId(), token.sessionId(), now, token.sessionExpiresAt()));
        });
    }

    LogoutPayload logout(String refreshToken) {
        Instant now = clock.instant();
        Optional<AccountRepository.StoredToken> token = repository.findToken(hash(refreshToken));
        boolean closed =
                token.isPresent() && repository.revokeSession(token.get().sessionId(), now);
        return new LogoutPayload(closed, java.util.List.of());
    }

    Optional<Account> find(UserId user) {
        return repository.findUser(user.value()).map(AccountRepository.StoredUser::account);
    }

    @Override
    public boolean isActive(UUID sessionId) {
        return repository.isSessionActive(sessionId, clock.instant());
    }

    private AuthPayload tooManyAttempts() {
        return AuthPayload.refused(
                "too-many-attempts",
                "too many sign-in attempts; wait " + settings.accessTokenTtl().toMinutes() + " minutes and try again");
    }

    private Tokens openSession(UUID user, Instant now) {
        UUID session = UUID.randomUUID();
        Instant expires = now.plus(settings.refreshTokenTtl());
        repository.insertSession(session, user, now, expires);
        return tokens(user, session, now, expires);
    }

    private Tokens tokens(UUID user, UUID session, Instant now, Instant sessionExpires) {
        Instant accessExpires = now.plus(settings.accessTokenTtl());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .subject(user.toString())
                .issuedAt(now)
                .expiresAt(accessExpires)
                .id(UUID.randomUUID().toString())
                .claim(CurrentUser.SESSION_CLAIM, session.toString())
                .build();
        String access = jwt.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        repository.insertToken(hash(refresh), session, now, sessionExpires);
        return new Tokens(
                access, accessExpires.atOffset(ZoneOffset.UTC), refresh, sessionExpires.atOffset(ZoneOffset.UTC));
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
