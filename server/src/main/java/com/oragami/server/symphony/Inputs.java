package com.oragami.server.symphony;

import org.jspecify.annotations.Nullable;

/** The GraphQL inputs of the symphony mutations. */
final class Inputs {

    private Inputs() {}

    record Upload(String source, @Nullable String name) {}

    record Rename(String id, String name) {}

    record Replace(String id, String source) {}

    record Delete(String id) {}
}
