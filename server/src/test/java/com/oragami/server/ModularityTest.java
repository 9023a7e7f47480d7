package com.oragami.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every top-level package under {@code com.oragami.server} is a Spring Modulith module: features
 * use only each other's root packages (their APIs and events), never internals, and form no cycle.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(OragamiApplication.class);

    @Test
    void featuresRespectEachOthersBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyFeaturePackageIsAModule() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("platform", "account", "symphony", "backtest", "marketdata");
    }
}
