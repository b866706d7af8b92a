package com.logicrm.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an administrator (or an integrator's provisioning call) gives to create a user. */
public record NewUser(
        @NotBlank @Size(min = 3, max = 50) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Long departmentId,
        @NotEmpty List<String> roles,
        @NotBlank String password,
        Boolean enabled) {
}
