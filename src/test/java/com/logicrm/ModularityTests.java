package com.logicrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure LogiCRM is built on: every top-level package under {@code com.logicrm} is a
 * module, modules only reach each other through what they expose (or through open modules), and
 * there are no cycles. Also writes the module documentation (PlantUML diagrams and module canvases)
 * into {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(LogiCrmApplication.class);
    static final String DOCUMENTATION = "target/spring-modulith-docs";

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theModulesAreTheOnesDeclared() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("access", "shared");

        ApplicationModule shared = MODULES.getModuleByName("shared").orElseThrow();
        ApplicationModule access = MODULES.getModuleByName("access").orElseThrow();
        assertThat(shared.isOpen()).as("shared is an open module").isTrue();
        assertThat(access.isOpen()).as("access hides its internals").isFalse();

        assertThat(access.getDirectDependencies(MODULES).containsModuleNamed("shared"))
                .as("access builds on the shared kernel").isTrue();
        assertThat(shared.getDirectDependencies(MODULES).isEmpty())
                .as("the shared kernel depends on no business module, but on: %s",
                        shared.getDirectDependencies(MODULES).uniqueModules()
                                .map(ApplicationModule::getDisplayName).toList())
                .isTrue();
    }

    @Test
    void accessExposesItsApiButNotItsPersistence() {
        ApplicationModule access = MODULES.getModuleByName("access").orElseThrow();

        assertThat(access.isExposed(com.logicrm.access.UserAdministration.class)).isTrue();
        assertThat(access.isExposed(com.logicrm.access.DataScope.class)).isTrue();
        assertThat(access.getInternalTypes())
                .extracting(type -> type.getSimpleName())
                .contains("User", "Department", "Role", "UserRepository", "DepartmentRepository");
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION)).writeDocumentation();

        Path folder = Path.of(DOCUMENTATION);
        assertThat(folder.resolve("components.puml")).isNotEmptyFile();
        assertThat(folder.resolve("module-access.puml")).isNotEmptyFile();
        assertThat(folder.resolve("module-shared.puml")).isNotEmptyFile();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("a module canvas for each module")
                    .contains("module-access.adoc", "module-shared.adoc");
        }
        assertThat(Files.readString(folder.resolve("components.puml")))
                .contains("Access", "Shared kernel");
    }
}
