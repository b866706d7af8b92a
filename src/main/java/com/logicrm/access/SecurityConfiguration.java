package com.logicrm.access;

import com.logicrm.shared.web.ProblemResponses;
import com.logicrm.shared.web.PublicPages;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two ways in: the API (and actuator) take bearer tokens and keep no session; the UI signs in
 * with a form, keeps the session in PostgreSQL and protects every form with a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts accounts, PasswordEncoder encoder,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /**
     * No Spring Security observations: with an observation registry present (the actuator's), every
     * filter of every request was wrapped in an observation of its own, a dozen per API call, for traces
     * nobody collects (no tracer is configured). The HTTP server observation behind the
     * {@code http.server.requests} metric stays.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    DeniedRequests deniedRequests(ProblemResponses problems, AuditTrail audit) {
        return new DeniedRequests(problems, audit);
    }

    /**
     * The filter chains exist only in a servlet web application; without a web server (a batch tool,
     * the benchmark runner) the services and their method security work as ever.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class FilterChains {

        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, DeniedRequests denied,
                AuthenticationManager manager) throws Exception {
            return http
                    .securityMatcher("/api/**", "/actuator/**")
                    .authenticationManager(manager)
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable()) // no cookies are read here: nothing a forged request could ride on
                    // no cross-origin API callers are configured, and the default CORS filter looked up the
                    // handler of every API request a second time just to find no @CrossOrigin on it
                    .cors(cors -> cors.disable())
                    // nothing to sign out of and no saved request to return to without a session
                    .logout(logout -> logout.disable())
                    .requestCache(cache -> cache.disable())
                    .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
                            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                            .requestMatchers("/actuator/**").hasAuthority(Permissions.SYSTEM_MONITOR)
                            .anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(denied)
                            .accessDeniedHandler(denied))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain ui(HttpSecurity http, DeniedRequests denied, AuthenticationManager manager,
                AuditTrail audit, ObjectProvider<PublicPages> publicPages) throws Exception {
            String[] open = publicPages.orderedStream().flatMap(pages -> pages.patterns().stream())
                    .toArray(String[]::new);
            return http
                    .authenticationManager(manager)
                    .authorizeHttpRequests(requests -> {
                        if (open.length > 0) {
                            requests.requestMatchers(open).permitAll();
                        }
                    })
                    .authorizeHttpRequests(requests -> requests
                            .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                            .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                                    "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll()
                            .requestMatchers("/admin/users/**").hasAuthority(Permissions.USER_MANAGE)
                            .requestMatchers("/admin/departments/**").hasAuthority(Permissions.DEPARTMENT_MANAGE)
                            .requestMatchers("/admin/roles/**").hasAuthority(Permissions.ROLE_MANAGE)
                            .requestMatchers("/admin/audit/**").hasAuthority(Permissions.AUDIT_READ)
                            .anyRequest().authenticated())
                    .formLogin(form -> form
                            .loginPage("/login")
                            .failureHandler(failureHandler())
                            .defaultSuccessUrl("/", false)
                            .permitAll())
                    .logout(logout -> logout
                            .logoutUrl("/logout")
                            .addLogoutHandler((request, response, authentication) -> {
                                if (authentication != null) {
                                    audit.recordFor(authentication.getName(), "SIGN_OUT", "user",
                                            authentication.getName(), null);
                                }
                            })
                            .logoutSuccessUrl("/login?logout"))
                    .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denied))
                    .build();
        }
    }

    /** Tells the person why, without telling a stranger whether the username exists. */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, failure) -> {
            String reason = failure instanceof LockedException ? "locked"
                    : failure instanceof DisabledException ? "disabled"
                    : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }
}
