package com.oragami.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.oragami.server");

    @Test
    void featuresFormNoCycles() {
        slices().matching("com.oragami.server.(*)..").should().beFreeOfCycles().check(SERVER);
    }

    @Test
    void platformKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("..server.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..server.account..", "..server.symphony..", "..server.backtest..", "..server.broker..")
                .check(SERVER);
    }

    @Test
    void noJpa() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .check(SERVER);
    }
}
