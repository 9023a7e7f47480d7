package com.oragami.server.account;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A user as the GraphQL {@code User} type shows it. */
record Account(UUID id, String email, OffsetDateTime createdAt) {}
