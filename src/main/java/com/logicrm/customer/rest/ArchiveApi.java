package com.logicrm.customer.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveCatalogue;
import com.logicrm.customer.ArchiveEntry;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.ArchiveVolume;
import com.logicrm.customer.CustomerArchive;
import com.logicrm.customer.NewArchiveEntry;
import com.logicrm.customer.VolumesClosed;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Archive catalogue", description = "Archive sections, catalogue numbers and annual volumes (ARC-9)")
@RestController
class ArchiveApi {

    private final CustomerArchive archive;

    ArchiveApi(CustomerArchive archive) {
        this.archive = archive;
    }

    @Operation(summary = "The customer's catalogue: entries per section and the closed annual volumes")
    @GetMapping("/api/v1/customers/{customerId}/archive")
    ArchiveCatalogue catalogue(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId) {
        return archive.catalogue(customerId, user);
    }

    @Operation(summary = "Catalogue entries, optionally of one section and year")
    @GetMapping("/api/v1/customers/{customerId}/archive/entries")
    List<ArchiveEntry> entries(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @RequestParam(required = false) ArchiveSection section, @RequestParam(required = false) Integer year) {
        return archive.entries(customerId, section, year, user);
    }

    @Operation(summary = "Catalogue an item; in section RETURNS (退赔折价) with returnKind, amount, responsibility "
            + "and finding. 409 when its year is closed")
    @PostMapping("/api/v1/customers/{customerId}/archive/entries")
    ResponseEntity<ArchiveEntry> add(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @RequestBody NewArchiveEntry request) {
        ArchiveEntry entry = archive.add(customerId, request, user);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customerId + "/archive/entries/" + entry.id()))
                .body(entry);
    }

    @GetMapping("/api/v1/customers/{customerId}/archive/entries/{entryId}")
    ArchiveEntry entry(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @PathVariable long entryId) {
        return archive.entry(customerId, entryId, user);
    }

    @Operation(summary = "Take an entry out of the catalogue (not one of a closed year, not a document's own)")
    @DeleteMapping("/api/v1/customers/{customerId}/archive/entries/{entryId}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @PathVariable long entryId, @RequestParam(required = false) String reason) {
        archive.remove(customerId, entryId, reason, user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Close a past year of this customer's archive into its annual volume (customer:archive)")
    @PostMapping("/api/v1/customers/{customerId}/archive/volumes")
    ResponseEntity<ArchiveVolume> closeYear(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @Valid @RequestBody YearRequest request) {
        ArchiveVolume volume = archive.closeYear(customerId, request.year(), user);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customerId + "/archive")).body(volume);
    }

    @Operation(summary = "Year-end close: a past year for every customer in the caller's scope (customer:archive)")
    @PostMapping("/api/v1/archive/volumes")
    VolumesClosed closeYearInScope(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody YearRequest request) {
        return archive.closeYearInScope(request.year(), user);
    }

    record YearRequest(@NotNull Integer year) {
    }
}
