package com.oragami.server.account;

import com.oragami.server.platform.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

@Controller
class AccountGraphQlController {

    private final Accounts accounts;

    AccountGraphQlController(Accounts accounts) {
        this.accounts = accounts;
    }

    @QueryMapping
    @Nullable
    Account me(@AuthenticationPrincipal @Nullable Jwt token) {
        return token == null ? null : accounts.find(CurrentUser.of(token)).orElse(null);
    }

    @MutationMapping
    AuthPayload register(@Argument Inputs.Register input, @ContextValue(CurrentUser.REMOTE_ADDRESS) String address) {
        return accounts.register(input.email(), input.password(), address);
    }

    @MutationMapping
    AuthPayload login(@Argument Inputs.Login input, @ContextValue(CurrentUser.REMOTE_ADDRESS) String address) {
        return accounts.login(input.email(), input.password(), address);
    }

    @MutationMapping
    AuthPayload refresh(@Argument Inputs.RefreshToken input) {
        return accounts.refresh(input.refreshToken());
    }

    @MutationMapping
    LogoutPayload logout(@Argument Inputs.RefreshToken input) {
        return accounts.logout(input.refreshToken());
    }
}
