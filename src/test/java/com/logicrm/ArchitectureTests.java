package com.logicrm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.annotation.Resource;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conventions every module follows. The rules run against the production classes; each one is
 * also run against a deliberately bad class below, to prove it can fail.
 */
class ArchitectureTests {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.logicrm");

    static final String SHELL = "com.logicrm.shared.web";

    /** Only constructor injection: a field annotated for injection hides a dependency and cannot be final. */
    static final ArchRule NO_FIELD_INJECTION = noFields()
            .should(GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
            .because("dependencies are constructor parameters, so they are explicit and final")
            .allowEmptyShould(false);

    /** Page and JSON controllers are the web edge of a module: they live in its web or rest package. */
    static final ArchRule CONTROLLERS_IN_WEB_OR_REST = classes()
            .that().areMetaAnnotatedWith(Controller.class)
            .should().resideInAnyPackage("..web..", "..rest..")
            .because("controllers are adapters; the module's own package holds the domain and its services")
            .allowEmptyShould(false);

    /** JSON controllers belong in a rest package (the shell's own error handling in shared.web excepted). */
    static final ArchRule REST_CONTROLLERS_IN_REST = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage("..rest..", SHELL)
            .because("the JSON API of a module is kept apart from its Thymeleaf pages")
            .allowEmptyShould(false);

    /** And a rest package holds JSON controllers only: a page controller there is in the wrong place. */
    static final ArchRule REST_PACKAGES_HOLD_JSON_CONTROLLERS = classes()
            .that().resideInAPackage("..rest..").and().areMetaAnnotatedWith(Controller.class)
            .should().beAnnotatedWith(RestController.class)
            .allowEmptyShould(false);

    /** Aggregates are changed through their module's services, never handed around as public types. */
    static final ArchRule AGGREGATES_NOT_PUBLIC = classes()
            .that().areAnnotatedWith(Table.class)
            .should().notBePublic()
            .because("a Spring Data aggregate is the module's internal state")
            .allowEmptyShould(false);

    /** Repositories are the module's own: other modules go through its services. */
    static final ArchRule REPOSITORIES_NOT_PUBLIC = classes()
            .that().areInterfaces().and().areAssignableTo(Repository.class)
            .should().notBePublic()
            .because("another module reaching into a repository would bypass permissions, scope and audit")
            .allowEmptyShould(false);

    /**
     * Stricter than {@link GeneralCodingRules#NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING}, which only
     * notices fields of a java.util.logging type and misses {@code Logger.getLogger(..).info(..)}.
     */
    static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses()
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("LogiCRM logs through SLF4J")
            .allowEmptyShould(false);

    static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("LogiCRM logs through SLF4J, so operators can route and filter what it says")
            .allowEmptyShould(false);

    @Test
    void theProductionClassesWereImported() {
        assertThat(PRODUCTION.contain(LogiCrmApplication.class)).isTrue();
        assertThat(PRODUCTION.stream().map(type -> type.getPackageName()))
                .contains("com.logicrm.access", "com.logicrm.access.web", "com.logicrm.access.rest",
                        "com.logicrm.shared", "com.logicrm.shared.web", "com.logicrm.shared.database")
                .noneMatch(name -> name.equals("com.logicrm.support"));
        assertThat(PRODUCTION.contain(ArchitectureTests.class)).as("tests are not imported").isFalse();
    }

    @Test
    void noFieldInjection() {
        NO_FIELD_INJECTION.check(PRODUCTION);
    }

    @Test
    void controllersLiveInWebOrRestPackages() {
        CONTROLLERS_IN_WEB_OR_REST.check(PRODUCTION);
    }

    @Test
    void jsonControllersLiveInRestPackagesOrTheShell() {
        REST_CONTROLLERS_IN_REST.check(PRODUCTION);
        REST_PACKAGES_HOLD_JSON_CONTROLLERS.check(PRODUCTION);
    }

    @Test
    void aggregatesAreNotPublic() {
        AGGREGATES_NOT_PUBLIC.check(PRODUCTION);
    }

    @Test
    void repositoriesAreNotPublic() {
        REPOSITORIES_NOT_PUBLIC.check(PRODUCTION);
    }

    @Test
    void noJavaUtilLogging() {
        NO_JAVA_UTIL_LOGGING.check(PRODUCTION);
    }

    @Test
    void nothingPrintsToTheConsole() {
        NO_STANDARD_STREAMS.check(PRODUCTION);
    }

    // ---- each rule catches what it is meant to catch ----

    @Test
    void theRulesReportViolations() {
        JavaClasses bad = new ClassFileImporter().importClasses(FieldInjected.class, ValueInjected.class,
                ResourceInjected.class, MisplacedController.class, MisplacedRestController.class,
                PublicAggregate.class, PublicRepository.class, JulLogging.class, Printing.class,
                PrintingStackTrace.class);

        assertThat(NO_FIELD_INJECTION.evaluate(bad).getFailureReport().getDetails())
                .hasSize(3)
                .anyMatch(line -> line.contains("FieldInjected.clock"))
                .anyMatch(line -> line.contains("ValueInjected.size"))
                .anyMatch(line -> line.contains("ResourceInjected.clock"));
        assertThat(CONTROLLERS_IN_WEB_OR_REST.evaluate(bad).getFailureReport().getDetails())
                .hasSize(2)
                .anyMatch(line -> line.contains("MisplacedController"))
                .anyMatch(line -> line.contains("MisplacedRestController"));
        assertThat(REST_CONTROLLERS_IN_REST.evaluate(bad).getFailureReport().getDetails())
                .singleElement().asString().contains("MisplacedRestController");
        assertThat(AGGREGATES_NOT_PUBLIC.evaluate(bad).getFailureReport().getDetails())
                .singleElement().asString().contains("PublicAggregate");
        assertThat(REPOSITORIES_NOT_PUBLIC.evaluate(bad).getFailureReport().getDetails())
                .singleElement().asString().contains("PublicRepository");
        assertThat(NO_JAVA_UTIL_LOGGING.evaluate(bad).getFailureReport().getDetails())
                .isNotEmpty()
                .allMatch(line -> line.contains("JulLogging") && line.contains("java.util.logging.Logger"));
        assertThat(NO_STANDARD_STREAMS.evaluate(bad).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("Printing.") && line.contains("System.out"))
                .anyMatch(line -> line.contains("PrintingStackTrace") && line.contains("printStackTrace"));
    }

    @Test
    void aRuleWithNothingToCheckFails() {
        JavaClasses nothingRelevant = new ClassFileImporter().importClasses(Printing.class);

        // no @Table class, controller or repository at all means a rule is looking in the wrong place
        for (ArchRule rule : new ArchRule[] {AGGREGATES_NOT_PUBLIC, REPOSITORIES_NOT_PUBLIC,
                CONTROLLERS_IN_WEB_OR_REST, REST_CONTROLLERS_IN_REST, REST_PACKAGES_HOLD_JSON_CONTROLLERS}) {
            assertThatThrownBy(() -> rule.evaluate(nothingRelevant))
                    .as(rule.getDescription())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }
    }

    static class FieldInjected {
        @Autowired
        java.time.Clock clock;
    }

    static class ValueInjected {
        @Value("${size}")
        int size;
    }

    static class ResourceInjected {
        @Resource
        java.time.Clock clock;
    }

    @Controller
    static class MisplacedController {
    }

    @RestController
    static class MisplacedRestController {
    }

    @Table("bad")
    public static class PublicAggregate {
    }

    public interface PublicRepository extends CrudRepository<PublicAggregate, Long> {
    }

    static class JulLogging {
        void log() {
            Logger.getLogger("x").info("y");
        }
    }

    static class Printing {
        void print() {
            System.out.println("x");
        }
    }

    static class PrintingStackTrace {
        void print(Exception e) {
            e.printStackTrace();
        }
    }
}
