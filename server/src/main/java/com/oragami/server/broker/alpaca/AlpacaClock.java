package com.oragami.server.broker.alpaca;

import java.time.Instant;

/** Alpaca's market clock ({@code GET /v2/clock}). */
public record AlpacaClock(Instant timestamp, boolean open, Instant nextOpen, Instant nextClose) {}
