package com.logicrm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts LogiCRM. With {@code generate} as the first argument it is a one-off command instead: the
 * context starts without a web server, the data generator's runner fills the database, and the process
 * exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LogiCrmApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("generate")) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(LogiCrmApplication.class)
                    .web(WebApplicationType.NONE).run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(LogiCrmApplication.class, args);
    }
}
