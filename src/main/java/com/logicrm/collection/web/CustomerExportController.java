package com.logicrm.collection.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.CustomerListExports;
import com.logicrm.collection.ExportFilter;
import com.logicrm.collection.ExportFormat;
import com.logicrm.collection.ExportRefused;
import com.logicrm.collection.PreparedExport;
import com.logicrm.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list page's 导出 buttons: the same file as the API, or back to the list with the reason it was refused. */
@Controller
class CustomerExportController {

    private final CustomerListExports exports;

    CustomerExportController(CustomerListExports exports) {
        this.exports = exports;
    }

    @GetMapping("/customers/export")
    String export(@AuthenticationPrincipal SignedInUser user, @ModelAttribute ExportFilter filter,
            @RequestParam(defaultValue = "XLSX") ExportFormat format, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        PreparedExport export;
        try {
            export = exports.prepare(filter.query(), format, user, LocaleContextHolder.getLocale());
        } catch (ExportRefused refused) {
            Flash.refusal(redirect, refused);
            return "redirect:/customers";
        }
        export.headers().forEach(response::setHeader);
        exports.write(export, user, LocaleContextHolder.getLocale(), response.getOutputStream());
        return null;
    }
}
