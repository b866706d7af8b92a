package com.logicrm.shared.jobs;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background jobs poll on a schedule; schedules are switched on here, where the first of them lives. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobConfiguration {
}
