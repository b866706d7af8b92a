package com.logicrm.access;

/** A department as shown and exchanged. */
public record DepartmentView(Long id, Long parentId, String code, String name) {
}
