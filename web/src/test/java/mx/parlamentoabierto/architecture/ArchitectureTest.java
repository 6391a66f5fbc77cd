package mx.parlamentoabierto.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import mx.parlamentoabierto.search.application.SearchAdmission;

/**
 * The rules of the house, written as tests over the compiled classes of every module the WAR holds (ejb, scrapers and
 * web): what may call what. docs/architecture.md explains each rule.
 */
class ArchitectureTest {

    private static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("mx.parlamentoabierto");
    }

    /** Every search that answers a request passes admission (ADR 0022): only SearchAdmission calls the indices' search methods. */
    @Test
    void onlyTheSearchAdmissionRunsSearches() {
        noClasses().that().doNotHaveFullyQualifiedName(SearchAdmission.class.getName())
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching("search|searchVariables"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("mx.parlamentoabierto.search.application")))))
                .because("a search outside SearchAdmission escapes the rate limit and the concurrency gates (issue 25)")
                .check(portal);
    }
}
