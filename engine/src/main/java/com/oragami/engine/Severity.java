package com.oragami.engine;

/** How bad a {@link Problem} is: an error stops the pipeline, a warning does not. */
public enum Severity {
    ERROR,
    WARNING;

    /** Lower-case label used in messages: {@code error}, {@code warning}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
