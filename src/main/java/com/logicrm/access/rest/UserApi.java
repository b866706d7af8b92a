package com.logicrm.access.rest;

import com.logicrm.access.NewUser;
import com.logicrm.access.UserAdministration;
import com.logicrm.access.UserChanges;
import com.logicrm.access.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Users", description = "User provisioning (permission user:manage)")
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private final UserAdministration users;

    UserApi(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    List<UserView> all() {
        return users.all();
    }

    @GetMapping("/{id}")
    UserView one(@PathVariable long id) {
        return users.get(id);
    }

    @Operation(summary = "Create a user")
    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
        UserView created = users.create(user);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @Operation(summary = "Change a user's name, department, roles, enabled and locked flags")
    @PutMapping("/{id}")
    UserView change(@PathVariable long id, @Valid @RequestBody UserChanges changes) {
        return users.change(id, changes);
    }

    @Operation(summary = "Set a new password (also lifts a lockout)")
    @PutMapping("/{id}/password")
    ResponseEntity<Void> password(@PathVariable long id, @Valid @RequestBody NewPassword body) {
        users.resetPassword(id, body.password());
        return ResponseEntity.noContent().build();
    }

    record NewPassword(@NotBlank String password) {
    }
}
