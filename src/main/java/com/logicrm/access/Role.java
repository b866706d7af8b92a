package com.logicrm.access;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A named bundle of permission strings and the data scope that goes with it. */
@Table(schema = "access", name = "role")
class Role {

    @Id
    private String code;
    private String nameZh;
    private String nameEn;
    private DataScope.Kind dataScope;
    private boolean builtIn;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "role_code")
    private Set<RolePermission> permissions;

    Role(String code, String nameZh, String nameEn, DataScope.Kind dataScope, boolean builtIn, Integer version,
            Set<RolePermission> permissions) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.dataScope = dataScope;
        this.builtIn = builtIn;
        this.version = version;
        this.permissions = permissions;
    }

    static Role define(String code, String nameZh, String nameEn, DataScope.Kind dataScope,
            Collection<String> permissions) {
        Role role = new Role(code, nameZh, nameEn, dataScope, false, null, Set.of());
        role.grant(permissions);
        return role;
    }

    void rename(String newNameZh, String newNameEn) {
        this.nameZh = newNameZh.trim();
        this.nameEn = newNameEn.trim();
    }

    void scope(DataScope.Kind newScope) {
        this.dataScope = newScope;
    }

    void grant(Collection<String> newPermissions) {
        this.permissions = newPermissions.stream().map(RolePermission::new).collect(Collectors.toSet());
    }

    RoleView view() {
        return new RoleView(code, nameZh, nameEn, dataScope,
                permissions.stream().map(RolePermission::permission).sorted().toList(), builtIn);
    }

    String code() {
        return code;
    }

    boolean builtIn() {
        return builtIn;
    }
}
