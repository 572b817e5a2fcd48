package org.llmatlas.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps atlas-core plain Java: the domain may use the JDK (java.., javax.crypto.. for evidence HMACs), Jackson (YAML/JSON trees), the JSON Schema validator and
 * SLF4J, nothing else (no Spring, no LLM clients, no HTTP clients), and it never depends on the modules built on it.
 */
@AnalyzeClasses(packages = "org.llmatlas.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesOnlyPlainJavaLibraries = classes()
            .that()
            .resideInAPackage("org.llmatlas.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "javax.crypto..", // JDK: HMAC over evidence files
                    "tools.jackson..",
                    "com.networknt..",
                    "org.slf4j..",
                    "org.llmatlas.core..")
            .because("atlas-core is the framework-free domain every other module builds on");

    @ArchTest
    static final ArchRule coreNeverDependsOnTheModulesAboveIt = noClasses()
            .that()
            .resideInAPackage("org.llmatlas.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.llmatlas.detect..", "org.llmatlas.screen..", "org.llmatlas.cli..", "org.llmatlas.web..")
            .because("module directions are core <- detectors <- screen <- cli, and core <- web");

    @ArchTest
    static final ArchRule validationDoesNotKnowTheCatalog = noClasses()
            .that()
            .resideInAPackage("org.llmatlas.core.validation..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.llmatlas.core.catalog..")
            .because("validation is shared by the catalog and the contract");
}
