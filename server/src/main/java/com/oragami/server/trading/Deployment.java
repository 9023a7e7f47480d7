package com.oragami.server.trading;

import com.oragami.server.platform.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A symphony deployed to a broker account: the tree as it was at deploy time ({@code
 * canonicalJson}), the last target it traded to (JSON weights, for corridor rebalancing) and the
 * last session it took part in.
 */
public record Deployment(
        DeploymentId id,
        UserId owner,
        UUID symphonyId,
        String symphonyName,
        String canonicalJson,
        String accountId,
        DeploymentStatus status,
        @Nullable String lastTarget,
        @Nullable LocalDate lastRun,
        Instant createdAt,
        Instant updatedAt) {}
