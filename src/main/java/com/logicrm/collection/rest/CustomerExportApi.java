package com.logicrm.collection.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.CustomerListExports;
import com.logicrm.collection.ExportFilter;
import com.logicrm.collection.ExportFormat;
import com.logicrm.collection.PreparedExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Exports", description = "Customer lists as .xlsx or CSV (customer:export; customer:export:bulk above "
        + "the bulk threshold or with confidential customers)")
@RestController
class CustomerExportApi {

    private final CustomerListExports exports;

    CustomerExportApi(CustomerListExports exports) {
        this.exports = exports;
    }

    @Operation(summary = "The customers the list with these filters shows, as a file: format=xlsx (default) or csv")
    @GetMapping("/api/v1/customers/export")
    void export(@AuthenticationPrincipal SignedInUser user, @ModelAttribute ExportFilter filter,
            @RequestParam(defaultValue = "XLSX") ExportFormat format, HttpServletResponse response)
            throws IOException {
        PreparedExport export = exports.prepare(filter.query(), format, user, LocaleContextHolder.getLocale());
        export.headers().forEach(response::setHeader);
        exports.write(export, user, LocaleContextHolder.getLocale(), response.getOutputStream());
    }
}
