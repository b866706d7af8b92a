package com.logicrm.customer.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ChangeRecord;
import com.logicrm.customer.CustomerCategory;
import com.logicrm.customer.CustomerFacts;
import com.logicrm.customer.CustomerKind;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.customer.CustomerPage;
import com.logicrm.customer.CustomerQuery;
import com.logicrm.customer.CustomerSort;
import com.logicrm.customer.CustomerView;
import com.logicrm.customer.LifecycleStage;
import com.logicrm.customer.NeedsSegment;
import com.logicrm.customer.Registered;
import com.logicrm.shared.Confidentiality;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Customers", description = "The customer archive (customer:read, customer:write)")
@RestController
@RequestMapping("/api/v1/customers")
class CustomerApi {

    private final CustomerManagement customers;

    CustomerApi(CustomerManagement customers) {
        this.customers = customers;
    }

    @Operation(summary = "Search and filter; sort = newest (default), oldest, name or completeness; "
            + "page with cursor = nextCursor of the previous page in the same sort")
    @GetMapping
    CustomerPage search(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) LifecycleStage stage, @RequestParam(required = false) CustomerKind kind,
            @RequestParam(required = false) CustomerCategory category,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) NeedsSegment needsSegment,
            @RequestParam(required = false) Confidentiality confidentiality,
            @RequestParam(required = false) Integer minCompleteness,
            @RequestParam(required = false) Integer maxCompleteness, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String source, @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") int size) {
        return customers.search(new CustomerQuery(q, stage, kind, category, regionCode, ownerId, industry,
                needsSegment, confidentiality, minCompleteness, maxCompleteness, tag, source, CustomerSort.of(sort), cursor,
                size), user);
    }

    @Operation(summary = "Register a customer; warnings name facts worth a second look")
    @PostMapping
    ResponseEntity<Registered> register(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody Registration registration) {
        Registered registered = customers.register(registration.facts(), registration.source(), user);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + registered.id())).body(registered);
    }

    @GetMapping("/{id}")
    CustomerView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return customers.get(id, user);
    }

    @Operation(summary = "Replace the facts; version is the one read (409 if somebody saved since), "
            + "reason is required when name, credit code, legal representative or owner change")
    @PutMapping("/{id}")
    CustomerView change(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @RequestBody CustomerChange change) {
        return customers.change(id, change.version(), change.facts(), change.reason(), change.source(), user);
    }

    @Operation(summary = "Move to another lifecycle stage, with a reason")
    @PutMapping("/{id}/stage")
    CustomerView stage(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @RequestBody StageChange change) {
        return customers.moveTo(id, change.stage(), change.reason(), user);
    }

    @Operation(summary = "Retire the customer (never a physical delete)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> retire(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String reason) {
        customers.retire(id, reason, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    List<ChangeRecord> history(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return customers.history(id, user);
    }

    record CustomerChange(@NotNull Integer version, @Size(max = 500) String reason, String source,
            @JsonUnwrapped @Valid CustomerFacts facts) {
    }

    /** The facts of a new customer and, optionally, the COL-1 source code of where they came from. */
    record Registration(String source, @JsonUnwrapped @Valid CustomerFacts facts) {
    }

    record StageChange(@NotNull LifecycleStage stage, @Size(max = 500) String reason) {
    }
}
