package com.logicrm.customer.web;

import com.logicrm.access.People;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.CustomerArchive;
import com.logicrm.customer.CustomerCategory;
import com.logicrm.customer.CustomerContacts;
import com.logicrm.customer.CustomerDocument;
import com.logicrm.customer.CustomerDocuments;
import com.logicrm.customer.CustomerDuplicates;
import com.logicrm.customer.CustomerKind;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.customer.CustomerPageTab;
import com.logicrm.customer.CustomerQuery;
import com.logicrm.customer.CustomerRelation;
import com.logicrm.customer.CustomerSort;
import com.logicrm.customer.CustomerView;
import com.logicrm.customer.DocumentType;
import com.logicrm.customer.InformationSource;
import com.logicrm.customer.LifecycleStage;
import com.logicrm.customer.NeedsSegment;
import com.logicrm.customer.Registered;
import com.logicrm.customer.SavedFilters;
import com.logicrm.shared.Confidentiality;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.region.Regions;
import com.logicrm.shared.web.FormErrors;
import com.logicrm.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/customers")
class CustomerController {

    private static final String FORM = "customer/form";
    private final CustomerManagement customers;
    private final CustomerContacts contacts;
    private final CustomerDocuments documents;
    private final CustomerDuplicates duplicates;
    private final CustomerArchive archive;
    private final People people;
    private final Clock clock;
    private final SavedFilters savedFilters;
    private final SpringValidatorAdapter validator;
    private final List<CustomerPageTab> contributedTabs;

    CustomerController(CustomerManagement customers, CustomerContacts contacts, CustomerDocuments documents,
            CustomerDuplicates duplicates, CustomerArchive archive, People people, Clock clock,
            SavedFilters savedFilters, Validator validator, ObjectProvider<CustomerPageTab> contributedTabs) {
        this.contributedTabs = contributedTabs.orderedStream()
                .sorted(Comparator.comparingInt(CustomerPageTab::order)).toList();
        this.customers = customers;
        this.contacts = contacts;
        this.documents = documents;
        this.duplicates = duplicates;
        this.archive = archive;
        this.people = people;
        this.clock = clock;
        this.savedFilters = savedFilters;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", CustomerKind.values());
        model.addAttribute("categories", CustomerCategory.values());
        model.addAttribute("relations", CustomerRelation.values());
        model.addAttribute("stages", LifecycleStage.values());
        model.addAttribute("segments", NeedsSegment.values());
        model.addAttribute("levels", Confidentiality.values());
        model.addAttribute("provinces", Regions.standard().provinces());
        model.addAttribute("sources", customers.informationSources());
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("filter") CustomerFilter filter,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
            Model model) {
        CustomerQuery query = filter.query();
        model.addAttribute("page", customers.search(query, user));
        model.addAttribute("exportParameters", query.filterParameters());
        model.addAttribute("owners", people.active());
        model.addAttribute("sorts", CustomerSort.values());
        model.addAttribute("currentSort", query.sort());
        model.addAttribute("regionPath", filter.regionPath());
        model.addAttribute("savedFilters", savedFilters.of(user));
        model.addAttribute("filterQuery", filterQuery(request.getQueryString()));
        return htmx != null ? "customer/list :: results" : "customer/list";
    }

    @GetMapping("/new")
    String newCustomer(@AuthenticationPrincipal SignedInUser user, Model model) {
        CustomerForm form = new CustomerForm();
        form.setKind(CustomerKind.ENTERPRISE);
        form.setOwnerId(user.id());
        return form(model, form, null);
    }

    @PostMapping("/new")
    String register(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") CustomerForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        validate(form, result);
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Registered registered = customers.register(form.facts(), form.getSource(), user);
            Flash.done(redirect, "customer.registered", registered.archiveNo());
            redirect.addFlashAttribute("warnings", registered.warnings());
            return "redirect:/customers/" + registered.id();
        } catch (DomainProblem problem) {
            FormErrors.reject(result, problem);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(defaultValue = "basic") String tab, @RequestParam(required = false) Long edit,
            Model model) {
        CustomerView customer = customers.get(id, user);
        model.addAttribute("customer", customer);
        model.addAttribute("tab", tab);
        model.addAttribute("sourceName", customers.sourceName(customer.source(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("regionName", customer.facts().regionCode() == null ? null
                : Regions.standard().fullName(customer.facts().regionCode()).orElse(null));
        if ("history".equals(tab)) {
            model.addAttribute("history", customers.history(id, user));
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            model.addAttribute("sourceNames", customers.informationSources().stream().collect(
                    java.util.stream.Collectors.toMap(InformationSource::code, s -> s.name(locale))));
        }
        if ("access".equals(tab) && user.holds("governance:approve")) {
            model.addAttribute("grants", customers.accessGrants(id, user));
            model.addAttribute("people", people.active());
        }
        if ("documents".equals(tab)) {
            List<CustomerDocument> all = documents.list(id, user);
            // SEC-2: confidential material is listed apart from the ordinary
            Map<String, List<CustomerDocument>> groups = new LinkedHashMap<>();
            groups.put("ordinary", all.stream().filter(d -> !d.confidentiality().needsGrant()).toList());
            groups.put("confidential", all.stream().filter(d -> d.confidentiality().needsGrant()).toList());
            model.addAttribute("documents", all);
            model.addAttribute("documentGroups", groups);
            model.addAttribute("documentTypes", DocumentType.values());
            model.addAttribute("archiveSections", ArchiveSection.values());
            model.addAttribute("maxUploadMegabytes", documents.maxBytes() / (1024 * 1024));
        }
        if ("basic".equals(tab)) {
            model.addAttribute("duplicates", duplicates.candidates(id, user));
        }
        if (customer.mergedInto() != null) {
            model.addAttribute("mergedIntoArchiveNo", archiveNo(customer.mergedInto(), user));
        }
        if ("archive".equals(tab)) {
            ArchiveController.tab(model, archive, id, user, clock);
        }
        List<CustomerPageTab> tabs = contributedTabs.stream().filter(t -> user.holds(t.permission())).toList();
        model.addAttribute("contributedTabs", tabs);
        tabs.stream().filter(t -> t.key().equals(tab)).findFirst().ifPresent(contributed -> {
            model.addAllAttributes(contributed.model(id, user));
            model.addAttribute("contributedTemplate", contributed.template());
        });
        if ("contacts".equals(tab)) {
            ContactForm form = edit == null ? new ContactForm() : ContactForm.from(contacts.get(id, edit, user));
            ContactController.tab(model, contacts, id, user, form, edit);
        }
        return "customer/detail";
    }

    @PostMapping("/{id}/grants")
    String grant(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam Long userId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            customers.grantAccess(id, userId, until.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                    reason, user);
            redirect.addFlashAttribute("message", "customer.grant.done");
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("error", problem.messageCode());
        }
        return "redirect:/customers/" + id + "?tab=access";
    }

    @PostMapping("/{id}/grants/{grantId}/revoke")
    String revokeGrant(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long grantId,
            RedirectAttributes redirect) {
        customers.revokeAccess(id, grantId, user);
        redirect.addFlashAttribute("message", "customer.grant.revoked");
        return "redirect:/customers/" + id + "?tab=access";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        CustomerView customer = customers.get(id, user);
        return form(model, CustomerForm.from(customer.facts(), customer.version()), customer);
    }

    @PostMapping("/{id}/edit")
    String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") CustomerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CustomerView current = customers.get(id, user);
        validate(form, result);
        if (result.hasErrors()) {
            return form(model, form, current);
        }
        try {
            customers.change(id, form.getVersion() == null ? -1 : form.getVersion(), form.facts(), form.getReason(),
                    form.getSource(), user);
            Flash.done(redirect, "customer.saved", current.archiveNo());
            return "redirect:/customers/" + id;
        } catch (DomainProblem problem) {
            FormErrors.reject(result, problem);
            return form(model, form, current);
        }
    }

    @PostMapping("/{id}/stage")
    String stage(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam LifecycleStage stage, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            customers.moveTo(id, stage, reason, user);
            redirect.addFlashAttribute("message", "customer.stageChanged");
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("error", problem.messageCode());
        }
        return "redirect:/customers/" + id + "?tab=history";
    }

    /** A hand-edited query string with a bad value still shows the list, with links to its first page. */
    private String filterQuery(String queryString) {
        try {
            return savedFilters.canonical(queryString);
        } catch (DomainProblem badValue) {
            return "";
        }
    }

    /** The survivor's archive number, or its id when the caller may not open it. */
    private String archiveNo(long id, SignedInUser user) {
        try {
            return customers.get(id, user).archiveNo();
        } catch (DomainProblem notVisible) {
            return "#" + id;
        }
    }

    /** The form's fields are named like the facts', so the facts' own constraints are reported beside them. */
    private void validate(CustomerForm form, BindingResult result) {
        validator.validate(form.facts(), result);
    }

    private String form(Model model, CustomerForm form, CustomerView customer) {
        model.addAttribute("form", form);
        model.addAttribute("customer", customer);
        model.addAttribute("owners", people.active());
        model.addAttribute("regionPath", form.getRegionCode() == null ? List.of()
                : Regions.standard().path(form.getRegionCode()));
        return FORM;
    }
}
