package com.logicrm.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The editable facts of a user; the username never changes. */
public record UserChanges(
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Long departmentId,
        @NotEmpty List<String> roles,
        boolean enabled,
        boolean locked) {
}
