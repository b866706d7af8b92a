package com.logicrm.access;

import java.util.List;

/** A role as shown and exchanged. */
public record RoleView(String code, String nameZh, String nameEn, DataScope.Kind dataScope, List<String> permissions,
        boolean builtIn) {
}
