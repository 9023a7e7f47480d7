package com.oragami.server.symphony;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.format.SymphonyReader;
import com.oragami.server.platform.UserId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's library of symphonies, the feature's API. Every method takes the owner: a symphony of
 * another user is indistinguishable from one that does not exist ({@code symphony-not-found}).
 * Uploads and replacements publish {@link SymphonyUploaded}.
 */
@Service
public class SymphonyLibrary {

    /** The most symphonies one user may keep. */
    public static final int LIMIT = 40;

    static final int MAX_NAME = 200;

    private final SymphonyRepository repository;
    private final SymphonyTexts texts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SymphonyLibrary(SymphonyRepository repository, SymphonyTexts texts, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.texts = texts;
        this.clock = clock;
        this.events = events;
    }

    /** The symphony for a backtest, re-read from its canonical JSON; empty if the owner has none. */
    @Transactional(readOnly = true)
    public Optional<SymphonySummary> summary(UserId owner, SymphonyId id) {
        return repository.find(owner, id).flatMap(stored -> {
            var read = SymphonyReader.read(stored.name(), stored.canonicalJson());
            return read.value().map(d -> new SymphonySummary(id, stored.name(), stored.canonicalJson(), d.symphony()));
        });
    }

    @Transactional
    UploadSymphonyPayload upload(UserId owner, @Nullable String name, String source) {
        String sourceName = name == null || name.isBlank() ? "upload" : name.strip();
        Parsed<ReadSymphony> read = texts.read(sourceName, source);
        if (!read.isOk()) {
            return new UploadSymphonyPayload(null, read.problems());
        }
        String finalName =
                name == null || name.isBlank() ? read.get().symphony().name() : name.strip();
        Optional<Problem> badName = checkName(finalName);
        if (badName.isPresent()) {
            return new UploadSymphonyPayload(null, List.of(badName.get()));
        }
        repository.lockOwner(owner);
        int count = repository.count(owner);
        if (count >= LIMIT) {
            return new UploadSymphonyPayload(
                    null,
                    List.of(Problem.error(
                            "symphony-limit-reached",
                            "your library holds " + count + " symphonies, the most allowed is " + LIMIT
                                    + "; delete one to upload another",
                            Location.UNKNOWN)));
        }
        SymphonyId id = new SymphonyId(UUID.randomUUID());
        repository.insert(owner, id, finalName, source, read.get(), now());
        events.publishEvent(
                new SymphonyUploaded(owner, id, read.get().symphony().tickers(), false));
        return new UploadSymphonyPayload(repository.find(owner, id).orElseThrow(), read.problems());
    }

    @Transactional(readOnly = true)
    List<StoredSymphony> list(UserId owner) {
        return repository.list(owner);
    }

    @Transactional(readOnly = true)
    Optional<StoredSymphony> find(UserId owner, SymphonyId id) {
        return repository.find(owner, id);
    }

    @Transactional
    SymphonyPayload rename(UserId owner, SymphonyId id, String name) {
        Optional<Problem> badName = checkName(name.strip());
        if (badName.isPresent()) {
            return new SymphonyPayload(null, List.of(badName.get()));
        }
        if (!repository.rename(owner, id, name.strip(), now())) {
            return new SymphonyPayload(null, List.of(notFound(id.toString())));
        }
        return new SymphonyPayload(repository.find(owner, id).orElseThrow(), List.of());
    }

    @Transactional
    UploadSymphonyPayload replace(UserId owner, SymphonyId id, String source) {
        Optional<StoredSymphony> existing = repository.find(owner, id);
        if (existing.isEmpty()) {
            return new UploadSymphonyPayload(null, List.of(notFound(id.toString())));
        }
        Parsed<ReadSymphony> read = texts.read(existing.get().name(), source);
        if (!read.isOk()) {
            return new UploadSymphonyPayload(null, read.problems());
        }
        repository.replace(owner, id, source, read.get(), now());
        events.publishEvent(
                new SymphonyUploaded(owner, id, read.get().symphony().tickers(), true));
        return new UploadSymphonyPayload(repository.find(owner, id).orElseThrow(), read.problems());
    }

    @Transactional
    boolean delete(UserId owner, SymphonyId id) {
        return repository.delete(owner, id);
    }

    static Problem notFound(String id) {
        return Problem.error(
                "symphony-not-found", "there is no symphony with id " + id + " in your library", Location.UNKNOWN);
    }

    private static Optional<Problem> checkName(String name) {
        if (name.isBlank()) {
            return Optional.of(Problem.error("name-blank", "a symphony needs a name", Location.UNKNOWN));
        }
        if (name.length() > MAX_NAME || name.indexOf('\n') >= 0) {
            return Optional.of(Problem.error(
                    "name-invalid",
                    "a symphony name is one line of at most " + MAX_NAME + " characters",
                    Location.UNKNOWN));
        }
        return Optional.empty();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
