package com.logicrm.access.rest;

import com.logicrm.access.Permissions;
import com.logicrm.access.RoleAdministration;
import com.logicrm.access.RoleDraft;
import com.logicrm.access.RoleView;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Roles", description = "Roles, their permission strings and data scope (changes need role:manage)")
@RestController
class RoleApi {

    private final RoleAdministration roles;

    RoleApi(RoleAdministration roles) {
        this.roles = roles;
    }

    @GetMapping("/api/v1/roles")
    List<RoleView> all() {
        return roles.all();
    }

    @GetMapping("/api/v1/roles/{code}")
    RoleView one(@PathVariable String code) {
        return roles.get(code);
    }

    @PostMapping("/api/v1/roles")
    ResponseEntity<RoleView> define(@Valid @RequestBody RoleDraft draft) {
        RoleView created = roles.define(draft);
        return ResponseEntity.created(URI.create("/api/v1/roles/" + created.code())).body(created);
    }

    @PutMapping("/api/v1/roles/{code}")
    RoleView change(@PathVariable String code, @Valid @RequestBody RoleDraft draft) {
        return roles.change(code, draft);
    }

    @DeleteMapping("/api/v1/roles/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        roles.delete(code);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/permissions")
    List<String> permissions() {
        return Permissions.ALL;
    }
}
