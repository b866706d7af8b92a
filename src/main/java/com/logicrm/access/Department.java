package com.logicrm.access;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An organisational unit; departments form a tree (总部 → 大区 → 分公司). */
@Table(schema = "access", name = "department")
class Department {

    @Id
    private Long id;
    private Long parentId;
    private String code;
    private String name;
    @Version
    private Integer version;

    Department(Long id, Long parentId, String code, String name, Integer version) {
        this.id = id;
        this.parentId = parentId;
        this.code = code;
        this.name = name;
        this.version = version;
    }

    static Department create(Long parentId, String code, String name) {
        return new Department(null, parentId, code.trim(), name.trim(), null);
    }

    void rename(String newName) {
        this.name = newName.trim();
    }

    void moveUnder(Long newParentId) {
        if (newParentId != null && newParentId.equals(id)) {
            throw new IllegalArgumentException("A department cannot be its own parent");
        }
        this.parentId = newParentId;
    }

    DepartmentView view() {
        return new DepartmentView(id, parentId, code, name);
    }

    Long id() {
        return id;
    }

    Long parentId() {
        return parentId;
    }

    String name() {
        return name;
    }
}
