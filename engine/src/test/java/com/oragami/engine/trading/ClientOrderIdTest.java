package com.oragami.engine.trading;

import static com.oragami.engine.trading.Books.ACCOUNT;
import static com.oragami.engine.trading.Books.RUN;
import static com.oragami.engine.trading.Books.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientOrderIdTest {

    @Test
    void theSameRunAccountSymbolAndSideGiveTheSameId() {
        ClientOrderId first = ClientOrderId.of(RunId.of("2024-03-15"), AccountId.of("acct-1"), t("SPY"), Side.BUY);
        ClientOrderId second = ClientOrderId.of(RunId.of("2024-03-15"), AccountId.of("acct-1"), t("SPY"), Side.BUY);

        assertThat(second).isEqualTo(first);
        // pinned: a version-3 UUID of "oragami|10:2024-03-15|6:acct-1|SPY|BUY"
        assertThat(first.value())
                .isEqualTo(java.util
                        .UUID
                        .nameUUIDFromBytes("oragami|10:2024-03-15|6:acct-1|SPY|BUY"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString())
                .hasSize(36);
    }

    @Test
    void changingAnyPartGivesAnotherId() {
        Set<ClientOrderId> ids = new HashSet<>();
        for (String run : List.of("2024-03-15", "2024-03-18")) {
            for (String account : List.of("acct-1", "acct-2")) {
                for (String symbol : List.of("SPY", "QQQ")) {
                    for (Side side : Side.values()) {
                        ids.add(ClientOrderId.of(RunId.of(run), AccountId.of(account), t(symbol), side));
                    }
                }
            }
        }

        assertThat(ids).hasSize(16);
    }

    @Test
    void partsCannotBeShiftedAcrossTheSeparator() {
        ClientOrderId one = ClientOrderId.of(RunId.of("a|b"), AccountId.of("c"), t("SPY"), Side.BUY);
        ClientOrderId other = ClientOrderId.of(RunId.of("a"), AccountId.of("b|c"), t("SPY"), Side.BUY);

        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void rejectsIdsLongerThanAlpacaTakes() {
        assertThatThrownBy(() -> new ClientOrderId("x".repeat(49))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ClientOrderId("x".repeat(48)).value()).hasSize(48);
        assertThat(ClientOrderId.of(RUN, ACCOUNT, t("SPY"), Side.SELL).toString())
                .hasSize(36);
    }
}
