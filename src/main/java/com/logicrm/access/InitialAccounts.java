package com.logicrm.access;

import com.logicrm.shared.database.DatabaseMode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure somebody can sign in, before the server opens its port. In demo mode (the default
 * with the embedded database) the first start creates demo departments and one user per role.
 * Otherwise the administrator comes from {@code LOGICRM_ADMIN_PASSWORD}; with neither users nor that
 * variable LogiCRM refuses to start rather than invent a password.
 */
@Component
class InitialAccounts implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "logicrm2026";
    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final DepartmentRepository departments;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final boolean demo;
    private final String adminPassword;

    InitialAccounts(DepartmentRepository departments, UserRepository users, PasswordEncoder encoder,
            AuditTrail audit, TransactionTemplate transaction, Environment environment) {
        this.departments = departments;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.transaction = transaction;
        this.demo = DatabaseMode.demoEnabled(environment);
        this.adminPassword = environment.getProperty("logicrm.admin-password");
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (demo && departments.count() == 0) {
                createDemoOrganisation();
            }
            if (adminPassword != null && !adminPassword.isBlank() && !users.anyoneHolds("SYSTEM_ADMIN")) {
                createAdministrator();
            }
            if (users.count() == 0) {
                throw new NoAdministrator();
            }
        });
    }

    private void createDemoOrganisation() {
        Department hq = departments.save(Department.create(null, "HQ", "总部"));
        Department east = departments.save(Department.create(hq.id(), "EAST", "华东大区"));
        Department shanghai = departments.save(Department.create(east.id(), "SH", "上海分公司"));
        Department south = departments.save(Department.create(hq.id(), "SOUTH", "华南大区"));
        Department shenzhen = departments.save(Department.create(south.id(), "SZ", "深圳分公司"));
        // One hash for the shared demo password: hashing is deliberately slow, and this runs before the port opens.
        String demoHash = encoder.encode(DEMO_PASSWORD);
        String adminHash = adminPassword != null && !adminPassword.isBlank() ? encoder.encode(adminPassword) : demoHash;
        demoUser("admin", "系统管理员", hq, "SYSTEM_ADMIN", adminHash);
        demoUser("gm", "赵建国", hq, "GENERAL_MANAGER", demoHash);
        demoUser("supervisor", "钱敏", hq, "INFO_SUPERVISOR", demoHash);
        demoUser("finance", "孙丽", hq, "FINANCE", demoHash);
        demoUser("servicemgr", "李娜", east, "SERVICE_MANAGER", demoHash);
        demoUser("manager", "张伟", shanghai, "ACCOUNT_MANAGER", demoHash);
        demoUser("sales", "陈静", shanghai, "SALES_ADMIN", demoHash);
        demoUser("service", "刘洋", shanghai, "CUSTOMER_SERVICE", demoHash);
        demoUser("manager2", "黄强", shenzhen, "ACCOUNT_MANAGER", demoHash);
        audit.recordFor("system", "DEMO_DATA_CREATED", "department", hq.id(), "5 departments, 9 demo users");
        log.warn("Demo mode: created demo departments and users (password '{}'); not for production use",
                DEMO_PASSWORD);
    }

    private void demoUser(String username, String name, Department department, String role, String passwordHash) {
        users.save(User.create(username, name, department.id(), List.of(role), passwordHash, true));
    }

    private void createAdministrator() {
        Department root = departments.findAllByOrderByIdAsc().stream()
                .filter(department -> department.parentId() == null)
                .findFirst()
                .orElseGet(() -> departments.save(Department.create(null, "HQ", "总部")));
        if (users.usernameTaken("admin")) {
            User admin = users.findByUsernameIgnoringCase("admin").orElseThrow();
            admin.changePassword(encoder.encode(adminPassword));
            admin.assignRoles(List.of("SYSTEM_ADMIN"));
            users.save(admin);
        } else {
            users.save(User.create("admin", "系统管理员", root.id(), List.of("SYSTEM_ADMIN"),
                    encoder.encode(adminPassword), true));
        }
        audit.recordFor("system", "ADMIN_INITIALISED", "user", "admin", "from LOGICRM_ADMIN_PASSWORD");
        log.info("Initial administrator 'admin' set from LOGICRM_ADMIN_PASSWORD");
    }
}
