package com.logicrm.customer.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ContactDetails;
import com.logicrm.customer.ContactView;
import com.logicrm.customer.CustomerContacts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Customer contacts", description = "Contacts of a customer (customer:read, customer:write)")
@RestController
@RequestMapping("/api/v1/customers/{customerId}/contacts")
class ContactApi {

    private final CustomerContacts contacts;

    ContactApi(CustomerContacts contacts) {
        this.contacts = contacts;
    }

    @Operation(summary = "The active contacts, primary first; mobile, phone and e-mail masked without customer:pii")
    @GetMapping
    List<ContactView> list(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId) {
        return contacts.list(customerId, user);
    }

    @PostMapping
    ResponseEntity<ContactView> add(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @Valid @RequestBody ContactDetails details) {
        ContactView added = contacts.add(customerId, details, user);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customerId + "/contacts/" + added.id()))
                .body(added);
    }

    @GetMapping("/{contactId}")
    ContactView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @PathVariable long contactId) {
        return contacts.get(customerId, contactId, user);
    }

    @Operation(summary = "Replace the facts; version is the one read (409 if somebody saved since)")
    @PutMapping("/{contactId}")
    ContactView change(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @PathVariable long contactId, @Valid @RequestBody ContactChange change) {
        return contacts.change(customerId, contactId, change.version(), change.details(), user);
    }

    @Operation(summary = "Remove the contact from the list (kept, inactive, for the history)")
    @DeleteMapping("/{contactId}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @PathVariable long contactId) {
        contacts.remove(customerId, contactId, user);
        return ResponseEntity.noContent().build();
    }

    record ContactChange(@NotNull Integer version, @JsonUnwrapped @Valid ContactDetails details) {
    }
}
