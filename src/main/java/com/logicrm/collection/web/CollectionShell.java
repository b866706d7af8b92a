package com.logicrm.collection.web;

import com.logicrm.shared.web.NavigationEntry;
import com.logicrm.shared.web.PublicPages;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Information collection's places in the side navigation. */
@Configuration(proxyBeanMethods = false)
class CollectionShell {

    @Bean
    NavigationEntry sourcesNavigation() {
        return new NavigationEntry("nav.section.collection", "nav.sources", "/collection/sources", "signpost-split",
                "customer:read", 200);
    }

    @Bean
    NavigationEntry importNavigation() {
        return new NavigationEntry("nav.section.collection", "nav.imports", "/collection/imports", "upload",
                "collection:import", 205);
    }

    @Bean
    NavigationEntry filingNavigation() {
        return new NavigationEntry("nav.section.collection", "nav.filing", "/collection/filing", "inboxes",
                "customer:write", 210);
    }

    @Bean
    NavigationEntry questionnairesNavigation() {
        return new NavigationEntry("nav.section.collection", "nav.questionnaires", "/collection/questionnaires",
                "ui-checks", "customer:read", 220);
    }

    /** The pages behind one-time questionnaire links, answered without signing in. */
    @Bean
    PublicPages surveyPages() {
        return new PublicPages(List.of("/survey/**"));
    }

    /** Administrators keep the dictionary without reading customers: the same page under 系统管理. */
    @Bean
    NavigationEntry sourcesAdministrationNavigation() {
        return new NavigationEntry("nav.section.system", "nav.sources", "/collection/sources", "signpost-split",
                "system:config", 950);
    }
}
