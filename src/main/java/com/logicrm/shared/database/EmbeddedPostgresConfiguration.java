package com.logicrm.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Without a configured datasource LogiCRM runs its own PostgreSQL, so {@code java -jar} works on a
 * machine with nothing installed, and development, tests and production run the same engine.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceConfigured.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(Environment environment) {
        return EmbeddedDatabase.start(DataDirectory.from(environment));
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(database.jdbcUrl())
                .username(EmbeddedDatabase.USER)
                .password("")
                .build();
        dataSource.setPoolName("logicrm-embedded");
        return dataSource;
    }
}
