package com.logicrm.collection.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.InformationSourceAdministration;
import com.logicrm.customer.InformationSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Information sources", description = "The dictionary of COL-1 collection methods")
@RestController
@RequestMapping("/api/v1/sources")
class SourceApi {

    private final InformationSourceAdministration sources;

    SourceApi(InformationSourceAdministration sources) {
        this.sources = sources;
    }

    @GetMapping
    List<InformationSource> all() {
        return sources.all();
    }

    @Operation(summary = "Current customers in the caller's scope per source code (\"\" = filed without a source)")
    @GetMapping("/customer-counts")
    Map<String, Long> counts(@AuthenticationPrincipal SignedInUser user) {
        return sources.customerCounts(user);
    }

    @Operation(summary = "Add a method (system:config): code, channel, nameZh, nameEn")
    @PostMapping
    ResponseEntity<InformationSource> add(@RequestBody NewSource source) {
        InformationSource added = sources.add(new InformationSource(source.code(), source.channel(), source.nameZh(),
                source.nameEn(), true));
        return ResponseEntity.created(URI.create("/api/v1/sources/" + added.code())).body(added);
    }

    @Operation(summary = "Rename, regroup or retire (active = false) a method (system:config)")
    @PutMapping("/{code}")
    InformationSource change(@PathVariable String code, @RequestBody SourceChange source) {
        return sources.change(new InformationSource(code, source.channel(), source.nameZh(), source.nameEn(),
                source.active() == null || source.active()));
    }

    record NewSource(String code, String channel, String nameZh, String nameEn) {
    }

    /** {@code active}: false retires the method; left out, the method is offered (again). */
    record SourceChange(String channel, String nameZh, String nameEn, Boolean active) {
    }
}
