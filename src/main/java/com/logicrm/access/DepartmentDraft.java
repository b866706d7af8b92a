package com.logicrm.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A department to create, or the new facts of an existing one (the code cannot change). */
public record DepartmentDraft(
        Long parentId,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
        @NotBlank @Size(max = 100) String name) {
}
