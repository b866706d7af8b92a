package com.logicrm.shared.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The shell's model ({@link ShellModel}) for every page; API calls render none. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration implements WebMvcConfigurer {

    private final List<NavigationEntry> entries;

    ShellConfiguration(List<NavigationEntry> entries) {
        this.entries = entries;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ShellModel(entries)).excludePathPatterns("/api/**");
    }
}
