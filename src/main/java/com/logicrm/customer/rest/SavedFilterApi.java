package com.logicrm.customer.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.SavedFilter;
import com.logicrm.customer.SavedFilters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

@Tag(name = "Saved filters", description = "ARC-14: each person's named customer-list filters")
@RestController
@RequestMapping("/api/v1/customers/saved-filters")
class SavedFilterApi {

    private final SavedFilters filters;

    SavedFilterApi(SavedFilters filters) {
        this.filters = filters;
    }

    @Operation(summary = "The caller's saved filters, by name")
    @GetMapping
    List<SavedFilter> list(@AuthenticationPrincipal SignedInUser user) {
        return filters.of(user);
    }

    @Operation(summary = "Save the list's query string under a name (1-40 characters); unknown parameters are "
            + "dropped, 409 if the name is taken")
    @PostMapping
    ResponseEntity<SavedFilter> save(@AuthenticationPrincipal SignedInUser user, @RequestBody NewFilter filter) {
        SavedFilter saved = filters.save(filter.name(), filter.query(), user);
        return ResponseEntity.created(URI.create("/api/v1/customers/saved-filters/" + saved.id())).body(saved);
    }

    @Operation(summary = "Delete one of the caller's saved filters (404 for anyone else's)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        filters.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    record NewFilter(String name, String query) {
    }
}
