package com.logicrm.shared.web;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints how long it took from the JVM's start (the {@code java -jar}) until LogiCRM serves requests. */
@Component
class ReadyTimeReporter {

    private static final Logger log = LoggerFactory.getLogger(ReadyTimeReporter.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        log.info("LogiCRM ready in {} s from JVM start: http://localhost:{}/",
                String.format("%.1f", Duration.ofMillis(sinceJvmStart).toMillis() / 1000.0),
                environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")));
    }
}
