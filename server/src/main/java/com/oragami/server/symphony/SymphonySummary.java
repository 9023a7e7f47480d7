package com.oragami.server.symphony;

import com.oragami.engine.symphony.Symphony;

/** What other features get of a stored symphony: its id, name, canonical JSON and the read tree. */
public record SymphonySummary(SymphonyId id, String name, String canonicalJson, Symphony symphony) {}
