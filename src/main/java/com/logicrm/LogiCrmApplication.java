package com.logicrm;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts LogiCRM. With {@code generate}, {@code load-olist} or {@code load-online-retail} as the first
 * argument it is a one-off command instead: the context starts without a web server, the command's
 * runner (the data generator, a real-data load profile) fills the database, and the process exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LogiCrmApplication {

    /** The first arguments that make a run a one-off command. */
    static final Set<String> COMMANDS = Set.of("generate", "load-olist", "load-online-retail");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(LogiCrmApplication.class)
                    .web(WebApplicationType.NONE).run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(LogiCrmApplication.class, args);
    }
}
