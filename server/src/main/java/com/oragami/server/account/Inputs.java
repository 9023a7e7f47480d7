package com.oragami.server.account;

/** The GraphQL inputs of the account mutations. */
final class Inputs {

    private Inputs() {}

    record Register(String email, String password) {}

    record Login(String email, String password) {}

    record RefreshToken(String refreshToken) {}
}
