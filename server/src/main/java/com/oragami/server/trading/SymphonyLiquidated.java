package com.oragami.server.trading;

import com.oragami.server.platform.UserId;
import java.time.LocalDate;

/** A deployment's book was liquidated to cash in a run because its symphony failed; {@code cause} says why. */
public record SymphonyLiquidated(
        UserId owner, DeploymentId deployment, String accountId, LocalDate tradingDate, String code, String cause) {}
