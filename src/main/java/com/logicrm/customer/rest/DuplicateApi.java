package com.logicrm.customer.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerDuplicates;
import com.logicrm.customer.CustomerMerge;
import com.logicrm.customer.CustomerView;
import com.logicrm.customer.DuplicateCandidate;
import com.logicrm.customer.DuplicatePair;
import com.logicrm.customer.MergeChoice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Duplicates and merge", description = "ARC-12 (customer:read to find, customer:write to merge)")
@RestController
@RequestMapping("/api/v1/customers")
class DuplicateApi {

    private final CustomerDuplicates duplicates;
    private final CustomerMerge merge;

    DuplicateApi(CustomerDuplicates duplicates, CustomerMerge merge) {
        this.duplicates = duplicates;
        this.merge = merge;
    }

    @Operation(summary = "Probable duplicate pairs in the caller's scope (same mobile, phone or name core), at most 100")
    @GetMapping("/duplicates")
    List<DuplicatePair> report(@AuthenticationPrincipal SignedInUser user) {
        return duplicates.report(user);
    }

    @Operation(summary = "Current customers that may be the same as this one")
    @GetMapping("/{id}/duplicates")
    List<DuplicateCandidate> candidates(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return duplicates.candidates(id, user);
    }

    @Operation(summary = "Merge mergedId into this customer; choices name whose value each field keeps "
            + "(unnamed fields keep the survivor's, or the other's where the survivor has none)")
    @PostMapping("/{survivorId}/merge")
    CustomerView merge(@AuthenticationPrincipal SignedInUser user, @PathVariable long survivorId,
            @Valid @RequestBody MergeRequest request) {
        return merge.merge(survivorId, request.version(), request.mergedId(), request.mergedVersion(),
                request.choices(), request.reason(), user);
    }

    record MergeRequest(@NotNull Long mergedId, @NotNull Integer version, @NotNull Integer mergedVersion,
            Map<String, MergeChoice> choices, @NotBlank @Size(max = 500) String reason) {
    }
}
