package com.logicrm.collection.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.CustomerImportView;
import com.logicrm.collection.CustomerListImports;
import com.logicrm.collection.ImportErrorPolicy;
import com.logicrm.collection.ImportMode;
import com.logicrm.collection.ImportSettings;
import com.logicrm.collection.Downloads;
import com.logicrm.collection.ImportTemplate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Customer imports", description = "Customers and their first contact from .xlsx or CSV (COL-3; "
        + "collection:import). Checks and imports run as background jobs: 202 with the import's URL, whose job "
        + "member reports progress.")
@RestController
class CustomerImportApi {

    private final CustomerListImports imports;

    CustomerImportApi(CustomerListImports imports) {
        this.imports = imports;
    }

    @Operation(summary = "Upload a file (multipart: file; optional encoding UTF-8|GBK|GB18030 for CSV, templateId, "
            + "mode INSERT|UPDATE|BOTH, onError SKIP|REFUSE, then=check (default)|import|nothing)")
    @PostMapping(path = "/api/v1/customer-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CustomerImportView> upload(@AuthenticationPrincipal SignedInUser user,
            @RequestPart("file") MultipartFile file, @RequestParam(required = false) String encoding,
            @RequestParam(required = false) Long templateId, @RequestParam(required = false) ImportMode mode,
            @RequestParam(required = false) ImportErrorPolicy onError,
            @RequestParam(defaultValue = "check") String then) throws IOException {
        CustomerImportView uploaded = imports.upload(file.getOriginalFilename(), file.getBytes(), encoding,
                templateId, LocaleContextHolder.getLocale(), user);
        if (mode != null || onError != null) {
            uploaded = imports.configure(uploaded.id(), new ImportSettings(null, null, mode, onError), user);
        }
        URI location = URI.create("/api/v1/customer-imports/" + uploaded.id());
        return switch (then) {
            case "nothing" -> ResponseEntity.created(location).body(uploaded);
            case "import" -> ResponseEntity.accepted().location(location).body(imports.start(uploaded.id(), false, user));
            default -> ResponseEntity.accepted().location(location).body(imports.start(uploaded.id(), true, user));
        };
    }

    @Operation(summary = "The caller's latest uploads, newest first")
    @GetMapping("/api/v1/customer-imports")
    List<CustomerImportView> recent(@AuthenticationPrincipal SignedInUser user) {
        return imports.recent(user);
    }

    @Operation(summary = "An upload: columns and mapping, settings, state, job progress, counts and the first 200 "
            + "lines of the report")
    @GetMapping("/api/v1/customer-imports/{id}")
    CustomerImportView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return imports.view(id, user);
    }

    @Operation(summary = "Change the encoding, the field of each column (in column order, \"\" to leave one out), "
            + "the mode or the bad-row policy")
    @PutMapping("/api/v1/customer-imports/{id}/settings")
    CustomerImportView configure(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody ImportSettings settings) {
        return imports.configure(id, settings, user);
    }

    @Operation(summary = "Start a dry run: every row checked, nothing written")
    @PostMapping("/api/v1/customer-imports/{id}/check")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CustomerImportView check(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return imports.start(id, true, user);
    }

    @Operation(summary = "Start the import (checked first; with onError=REFUSE one bad row refuses the file)")
    @PostMapping("/api/v1/customer-imports/{id}/import")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CustomerImportView run(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return imports.start(id, false, user);
    }

    @Operation(summary = "The whole per-row report (row, column, value, reason) as .xlsx")
    @GetMapping("/api/v1/customer-imports/{id}/report")
    void report(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        download(response, "import-report-" + id + ".xlsx");
        imports.writeReport(id, response.getOutputStream(), LocaleContextHolder.getLocale(), user);
    }

    @Operation(summary = "The blank import template: headers in the caller's language, an example row, drop-downs")
    @GetMapping("/api/v1/customer-imports/template")
    void template(HttpServletResponse response) throws IOException {
        download(response, "customer-import-template.xlsx");
        imports.writeTemplate(response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @Operation(summary = "Named column mappings")
    @GetMapping("/api/v1/import-templates")
    List<ImportTemplate> templates() {
        return imports.templates();
    }

    record NewTemplate(long importId, String name) {
    }

    @Operation(summary = "Keep the mapping of an upload under a name (the same name replaces it)")
    @PostMapping("/api/v1/import-templates")
    ResponseEntity<ImportTemplate> saveTemplate(@AuthenticationPrincipal SignedInUser user,
            @RequestBody NewTemplate template) {
        ImportTemplate saved = imports.saveTemplate(template.importId(), template.name(), user);
        return ResponseEntity.created(URI.create("/api/v1/import-templates/" + saved.id())).body(saved);
    }

    @Operation(summary = "Remove a named mapping")
    @DeleteMapping("/api/v1/import-templates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTemplate(@PathVariable long id) {
        imports.deleteTemplate(id);
    }

    private static void download(HttpServletResponse response, String fileName) {
        Downloads.xlsx(fileName).forEach(response::setHeader);
    }
}
