package com.logicrm.classification.web;

import com.logicrm.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Classification's place in the side navigation. */
@Configuration(proxyBeanMethods = false)
class ClassificationShell {

    @Bean
    NavigationEntry classificationNavigation() {
        return new NavigationEntry("nav.section.classification", "nav.classification", "/classification",
                "pie-chart", "classification:read", 300);
    }

    @Bean
    NavigationEntry screeningNavigation() {
        return new NavigationEntry("nav.section.classification", "nav.screening", "/classification/screenings",
                "funnel", "classification:read", 310);
    }

    @Bean
    NavigationEntry inactivityNavigation() {
        return new NavigationEntry("nav.section.classification", "nav.inactivity", "/classification/inactivity",
                "hourglass-split", "classification:read", 320);
    }
}
