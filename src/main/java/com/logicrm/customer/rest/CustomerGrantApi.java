package com.logicrm.customer.rest;

import com.logicrm.access.RecordGrant;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Customers", description = "The customer archive (customer:read, customer:write)")
@RestController
@RequestMapping("/api/v1/customers/{id}/grants")
class CustomerGrantApi {

    private final CustomerManagement customers;

    CustomerGrantApi(CustomerManagement customers) {
        this.customers = customers;
    }

    @Operation(summary = "Who may see this (confidential) customer through a grant (governance:approve)")
    @GetMapping
    List<RecordGrant> grants(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return customers.accessGrants(id, user);
    }

    @Operation(summary = "Grant one user access to this customer until a time")
    @PostMapping
    ResponseEntity<RecordGrant> grant(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @RequestBody GrantRequest request) {
        RecordGrant grant = customers.grantAccess(id, request.userId(), request.validUntil(), request.reason(), user);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/grants/" + grant.id())).body(grant);
    }

    @DeleteMapping("/{grantId}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long grantId) {
        customers.revokeAccess(id, grantId, user);
        return ResponseEntity.noContent().build();
    }

    record GrantRequest(@NotNull Long userId, @NotNull Instant validUntil, @NotBlank @Size(max = 500) String reason) {
    }
}
