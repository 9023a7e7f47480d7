package com.oragami.engine.format;

/** The text formats a symphony can be read from (format spec §1: R1, R2, R3). */
public enum Format {
    /** Composer's JSON score (R1), bare or in a backtest request. */
    JSON("Composer JSON score"),
    /** The same tree as an EDN map (R2), bare, in a backtest request, or inside a JSON string. */
    EDN("EDN"),
    /** Composer's Lisp text (R3). */
    DEFSYMPHONY("defsymphony");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    /** A human label such as {@code Composer JSON score}. */
    public String label() {
        return label;
    }
}
