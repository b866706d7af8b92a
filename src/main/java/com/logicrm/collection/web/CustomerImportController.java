package com.logicrm.collection.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.CustomerImportView;
import com.logicrm.collection.CustomerListImports;
import com.logicrm.collection.ImportErrorPolicy;
import com.logicrm.collection.ImportMode;
import com.logicrm.collection.ImportSettings;
import com.logicrm.collection.Downloads;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 客户导入: upload a file, check how its columns were matched, set encoding, mapping, mode and what bad
 * rows do, dry-run it, read the report, import it with a progress bar, keep the mapping as a template.
 */
@Controller
@RequestMapping("/collection/imports")
class CustomerImportController {

    private final CustomerListImports imports;

    CustomerImportController(CustomerListImports imports) {
        this.imports = imports;
    }

    @GetMapping
    String start(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("recent", imports.recent(user));
        model.addAttribute("templates", imports.templates());
        return "collection/imports";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String encoding, @RequestParam(required = false) Long templateId,
            RedirectAttributes redirect) throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            CustomerImportView uploaded = imports.upload(file == null ? null : file.getOriginalFilename(), content,
                    encoding, templateId, LocaleContextHolder.getLocale(), user);
            return "redirect:/collection/imports/" + uploaded.id();
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
            return "redirect:/collection/imports";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("upload", imports.view(id, user));
        model.addAttribute("fields", imports.fieldKeys());
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("policies", ImportErrorPolicy.values());
        return "collection/import";
    }

    /** The progress bar, polled while the job runs; once it has finished the whole page reloads. */
    @GetMapping("/{id}/progress")
    String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model,
            HttpServletResponse response) {
        CustomerImportView upload = imports.view(id, user);
        if (!upload.state().busy()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("upload", upload);
        return "collection/import :: progress";
    }

    /** Saves the settings, then does what the button said: save only, dry run or import. */
    @PostMapping("/{id}")
    String configure(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam Map<String, String> form, @RequestParam(defaultValue = "save") String action,
            RedirectAttributes redirect) {
        try {
            imports.configure(id, new ImportSettings(form.get("encoding"), mapping(form),
                    enumOrNull(ImportMode.class, form.get("mode")), enumOrNull(ImportErrorPolicy.class,
                            form.get("onError"))), user);
            switch (action) {
                case "check" -> imports.start(id, true, user);
                case "import" -> imports.start(id, false, user);
                default -> Flash.done(redirect, "import.saved", null);
            }
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return "redirect:/collection/imports/" + id;
    }

    @PostMapping("/{id}/template")
    String saveTemplate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            Flash.done(redirect, "import.template.saved", imports.saveTemplate(id, name, user).name());
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return "redirect:/collection/imports/" + id;
    }

    @GetMapping("/{id}/report")
    void report(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        download(response, "导入报告-" + id + ".xlsx");
        imports.writeReport(id, response.getOutputStream(), LocaleContextHolder.getLocale(), user);
    }

    @GetMapping("/template")
    void template(HttpServletResponse response) throws IOException {
        download(response, "客户导入模板.xlsx");
        imports.writeTemplate(response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    /** The field chosen for each column, from the selects {@code field0}, {@code field1} … in column order. */
    private static List<String> mapping(Map<String, String> form) {
        if (!form.containsKey("field0")) {
            return null;
        }
        List<String> mapping = new ArrayList<>();
        for (int i = 0; form.containsKey("field" + i); i++) {
            mapping.add(form.get("field" + i));
        }
        return mapping;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static void download(HttpServletResponse response, String fileName) {
        Downloads.xlsx(fileName).forEach(response::setHeader);
    }
}
