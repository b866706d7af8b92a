package com.logicrm.access.rest;

import com.logicrm.access.DataScope;
import com.logicrm.access.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Authentication")
@RestController
class MeApi {

    @Operation(summary = "Who the caller is: department, roles, permissions and data scope")
    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        return new Me(user.id(), user.getUsername(), user.displayName(),
                new Me.Department(user.departmentId(), user.departmentName()), user.roles(),
                new TreeSet<>(user.permissions()),
                new Me.Scope(user.dataScope().kind(), new TreeSet<>(user.dataScope().departmentIds())));
    }

    record Me(long id, String username, String displayName, Department department, List<String> roles,
            Set<String> permissions, Scope dataScope) {

        record Department(long id, String name) {
        }

        record Scope(DataScope.Kind kind, Set<Long> departmentIds) {
        }
    }
}
