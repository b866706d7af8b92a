package com.logicrm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LogiCrmApplication {

    public static void main(String[] args) {
        SpringApplication.run(LogiCrmApplication.class, args);
    }
}
