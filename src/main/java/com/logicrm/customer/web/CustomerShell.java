package com.logicrm.customer.web;

import com.logicrm.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer archive's places in the side navigation. */
@Configuration(proxyBeanMethods = false)
class CustomerShell {

    private static final String SECTION = "nav.section.archive";

    @Bean
    NavigationEntry customersNavigation() {
        return new NavigationEntry(SECTION, "nav.customers", "/customers", "person-vcard", "customer:read", 100);
    }

    @Bean
    NavigationEntry newCustomerNavigation() {
        return new NavigationEntry(SECTION, "nav.newCustomer", "/customers/new", "person-plus", "customer:write", 110);
    }

    @Bean
    NavigationEntry duplicatesNavigation() {
        return new NavigationEntry(SECTION, "nav.duplicates", "/customers/duplicates", "intersect", "customer:read", 120);
    }

    @Bean
    NavigationEntry reviewDueNavigation() {
        return new NavigationEntry(SECTION, "nav.reviewDue", "/customers/review-due", "calendar-check", "customer:read",
                130);
    }

    @Bean
    NavigationEntry yearEndNavigation() {
        return new NavigationEntry(SECTION, "nav.yearEnd", "/customers/archive/close", "archive", "customer:archive",
                150);
    }

    @Bean
    NavigationEntry handoverNavigation() {
        return new NavigationEntry(SECTION, "nav.handover", "/customers/handovers", "arrow-left-right",
                "customer:handover", 140);
    }
}
