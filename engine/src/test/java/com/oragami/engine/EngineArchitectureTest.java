package com.oragami.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine's boundaries (style guide §1 and §9): pure Java, one-way package dependencies. */
class EngineArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.oragami.engine");

    @Test
    void usesNoFrameworkDatabaseOrNetwork() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", "java.net..")
                .check(ENGINE);
    }

    @Test
    void onlyTheFormatPackageUsesJackson() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.oragami.engine.format..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .check(ENGINE);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("com.oragami.engine.(*)..").should().beFreeOfCycles().check(ENGINE);
    }

    @Test
    void theSymphonyModelUsesNoEnginePackageButIndicatorAndTheRoot() {
        classes()
                .that()
                .resideInAPackage("com.oragami.engine.symphony..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "com.oragami.engine",
                        "com.oragami.engine.symphony..",
                        "com.oragami.engine.indicator..",
                        "java..",
                        "org.jspecify..")
                .check(ENGINE);
    }
}
