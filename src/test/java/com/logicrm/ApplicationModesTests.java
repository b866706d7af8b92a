package com.logicrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.logicrm.access.DepartmentAdministration;
import com.logicrm.access.DepartmentView;
import com.logicrm.access.NewUser;
import com.logicrm.access.UserAdministration;
import com.logicrm.access.UserView;
import com.logicrm.shared.database.EmbeddedDatabase;
import com.logicrm.support.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * LogiCRM as it is started for real: on its own embedded PostgreSQL (the default, with demo data),
 * and on an external PostgreSQL, where it needs an administrator password for an empty database.
 * Each start costs several seconds, so each test starts the application only twice.
 */
class ApplicationModesTests {

    /** Whatever the environment of the machine says, the administrator password is unset unless a test sets it. */
    static final String NO_ADMIN_PASSWORD = "--logicrm.admin-password=";

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossRestartsAndTheDemoDataIsCreatedOnce(@TempDir Path dataDir) {
        String[] embedded = {"--logicrm.test.shared-database=false", "--logicrm.data-dir=" + dataDir,
                "--server.port=0", NO_ADMIN_PASSWORD};

        try (ConfigurableApplicationContext app = start(embedded)) {
            assertThat(app.getBean(EmbeddedDatabase.class).directory().root()).isEqualTo(dataDir.toAbsolutePath());
            assertThat(counts(app)).containsEntry("departments", 5L).containsEntry("users", 9L)
                    .containsEntry("demo audits", 1L);

            UserView created = asUserManager(() -> {
                DepartmentView shanghai = app.getBean(DepartmentAdministration.class).all().stream()
                        .filter(department -> department.code().equals("SH")).findFirst().orElseThrow();
                return app.getBean(UserAdministration.class).create(new NewUser("wangfang", "王芳",
                        shanghai.id(), List.of("ACCOUNT_MANAGER"), "Welcome2026", true));
            });
            assertThat(created.departmentName()).isEqualTo("上海分公司");
        }

        try (ConfigurableApplicationContext again = start(embedded)) {
            List<UserView> users = asUserManager(() -> again.getBean(UserAdministration.class).all());
            assertThat(users).filteredOn(user -> user.username().equals("wangfang")).singleElement()
                    .satisfies(user -> {
                        assertThat(user.displayName()).isEqualTo("王芳");
                        assertThat(user.roles()).containsExactly("ACCOUNT_MANAGER");
                        assertThat(user.departmentName()).isEqualTo("上海分公司");
                    });
            assertThat(counts(again)).as("the demo data was not created a second time")
                    .containsEntry("departments", 5L).containsEntry("users", 10L).containsEntry("demo audits", 1L);
            UserDetails wangfang = again.getBean(UserDetailsService.class).loadUserByUsername("wangfang");
            assertThat(again.getBean(PasswordEncoder.class).matches("Welcome2026", wangfang.getPassword())).isTrue();
        }
    }

    @Test
    void anEmptyExternalDatabaseNeedsAnAdministratorPassword() throws SQLException {
        String url = freshDatabase();
        String[] external = {"--logicrm.test.shared-database=false", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0"};

        Throwable failure = catchThrowable(() -> start(concat(external, NO_ADMIN_PASSWORD)).close());
        assertThat(failure).as("the start without administrator password failed").isNotNull();
        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .satisfies(cause -> assertThat(cause.getClass().getName())
                        .isEqualTo("com.logicrm.access.NoAdministrator"))
                .hasMessageContaining("LOGICRM_ADMIN_PASSWORD");

        try (ConfigurableApplicationContext app = start(concat(external, "--logicrm.admin-password=Secret123",
                "--logicrm.demo.enabled=false"))) {
            assertThat(app.getBeanProvider(EmbeddedDatabase.class).getIfAvailable())
                    .as("no embedded database in external mode").isNull();
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            assertThat(jdbc.sql("select username from access.app_user").query(String.class).list())
                    .containsExactly("admin");
            assertThat(jdbc.sql("""
                    select r.role_code from access.user_role r join access.app_user u on u.id = r.user_id
                    where u.username = 'admin'""").query(String.class).list()).containsExactly("SYSTEM_ADMIN");
            assertThat(jdbc.sql("select code, parent_id from access.department").query().listOfRows())
                    .as("only the root department the administrator needs").singleElement()
                    .satisfies(root -> {
                        assertThat(root.get("code")).isEqualTo("HQ");
                        assertThat(root.get("parent_id")).isNull();
                    });
            assertThat(jdbc.sql("select u.department_id = d.id from access.app_user u, access.department d")
                    .query(Boolean.class).single()).as("admin is in the root department").isTrue();

            UserDetails admin = app.getBean(UserDetailsService.class).loadUserByUsername("admin");
            assertThat(app.getBean(PasswordEncoder.class).matches("Secret123", admin.getPassword())).isTrue();
            assertThat(admin.getAuthorities()).extracting(Object::toString).contains("user:manage", "ROLE_SYSTEM_ADMIN");
        }
    }

    // ---- helpers ----

    static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(LogiCrmApplication.class).run(arguments);
    }

    static Map<String, Long> counts(ConfigurableApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        return Map.of(
                "departments", jdbc.sql("select count(*) from access.department").query(Long.class).single(),
                "users", jdbc.sql("select count(*) from access.app_user").query(Long.class).single(),
                "demo audits", jdbc.sql("select count(*) from access.audit_event where action = 'DEMO_DATA_CREATED'")
                        .query(Long.class).single());
    }

    static <T> T asUserManager(java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("user:manage"))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A new, empty database on the test PostgreSQL server, as an operator would provide one. */
    static String freshDatabase() throws SQLException {
        EmbeddedDatabase server = TestDatabase.get();
        String name = "logicrm_external_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        }
        return "jdbc:postgresql://localhost:" + server.port() + "/" + name;
    }

    static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
