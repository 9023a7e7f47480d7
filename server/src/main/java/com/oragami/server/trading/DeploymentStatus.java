package com.oragami.server.trading;

/**
 * Where a deployment stands. {@code ACTIVE}: evaluated on its schedule at every run. {@code
 * PAUSED}: holdings kept, not traded. {@code LIQUIDATING}: the next run sells everything, then it
 * is {@code PAUSED} in cash. {@code UNDEPLOYING}: the next run sells everything, then the cash
 * leaves the book and it is {@code UNDEPLOYED} (history kept).
 */
public enum DeploymentStatus {
    ACTIVE,
    PAUSED,
    LIQUIDATING,
    UNDEPLOYING,
    UNDEPLOYED
}
