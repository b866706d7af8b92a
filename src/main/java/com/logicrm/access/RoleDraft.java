package com.logicrm.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A role to define, or the new facts of an existing one (the code cannot change). */
public record RoleDraft(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
        @NotBlank @Size(max = 60) String nameZh,
        @NotBlank @Size(max = 60) String nameEn,
        @NotNull DataScope.Kind dataScope,
        List<String> permissions) {

    public List<String> permissionsOrNone() {
        return permissions == null ? List.of() : permissions;
    }
}
