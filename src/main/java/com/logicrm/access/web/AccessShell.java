package com.logicrm.access.web;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.DailyCount;
import com.logicrm.access.DepartmentAdministration;
import com.logicrm.access.Permissions;
import com.logicrm.access.UserAdministration;
import com.logicrm.shared.web.DashboardCard;
import com.logicrm.shared.web.DashboardChart;
import com.logicrm.shared.web.NavigationEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the access module puts into the shell: its admin pages in the navigation and its figures on the dashboard. */
@Configuration(proxyBeanMethods = false)
class AccessShell {

    private static final String SECTION = "nav.section.system";

    @Bean
    NavigationEntry usersNavigation() {
        return new NavigationEntry(SECTION, "nav.users", "/admin/users", "people", Permissions.USER_MANAGE, 900);
    }

    @Bean
    NavigationEntry departmentsNavigation() {
        return new NavigationEntry(SECTION, "nav.departments", "/admin/departments", "diagram-3",
                Permissions.DEPARTMENT_MANAGE, 910);
    }

    @Bean
    NavigationEntry rolesNavigation() {
        return new NavigationEntry(SECTION, "nav.roles", "/admin/roles", "shield-lock", Permissions.ROLE_MANAGE, 920);
    }

    @Bean
    NavigationEntry auditNavigation() {
        return new NavigationEntry(SECTION, "nav.audit", "/admin/audit", "journal-check", Permissions.AUDIT_READ,
                930);
    }

    @Bean
    NavigationEntry accountNavigation() {
        return new NavigationEntry("nav.section.me", "nav.account", "/account", "person-badge", null, 1000);
    }

    @Bean
    DashboardCard usersCard(UserAdministration users) {
        return new DashboardCard("dashboard.users", users::count, "/admin/users", "people", Permissions.USER_MANAGE,
                900);
    }

    @Bean
    DashboardCard departmentsCard(DepartmentAdministration departments) {
        return new DashboardCard("dashboard.departments", () -> departments.all().size(), "/admin/departments",
                "diagram-3", Permissions.DEPARTMENT_MANAGE, 910);
    }

    @Bean
    DashboardCard auditTodayCard(AuditTrail audit) {
        return new DashboardCard("dashboard.auditToday",
                () -> audit.countSince(LocalDate.now().atStartOfDay(ZoneId.systemDefault()).toInstant()),
                "/admin/audit", "journal-check", Permissions.AUDIT_READ, 920);
    }

    @Bean
    DashboardChart signInChart(AuditTrail audit) {
        return new DashboardChart("sign-ins", "dashboard.signIns", () -> {
            var counts = audit.dailyCounts("SIGN_IN", 14);
            return new DashboardChart.Series(counts.stream().map(count -> count.day().toString().substring(5)).toList(),
                    counts.stream().map(DailyCount::events).toList());
        }, Permissions.AUDIT_READ, 900);
    }
}
