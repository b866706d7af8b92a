package com.logicrm.customer.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ContactLevel;
import com.logicrm.customer.CustomerContacts;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.customer.CustomerView;
import com.logicrm.customer.DepartmentRole;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 联系人 tab's forms: add, change and remove, each a plain POST that redirects back to the tab,
 * or shows the tab again with the messages next to the fields.
 */
@Controller
@RequestMapping("/customers/{id}/contacts")
class ContactController {

    private static final String DETAIL = "customer/detail";
    private final CustomerContacts contacts;
    private final CustomerManagement customers;

    ContactController(CustomerContacts contacts, CustomerManagement customers) {
        this.contacts = contacts;
        this.customers = customers;
    }

    /** What the contacts tab needs in the model; the page controller uses it too. */
    static void tab(Model model, CustomerContacts contacts, long customerId, SignedInUser user, ContactForm form,
            Long editing) {
        model.addAttribute("contacts", contacts.list(customerId, user));
        model.addAttribute("contactForm", form);
        model.addAttribute("editing", editing);
        model.addAttribute("departmentRoles", DepartmentRole.values());
        model.addAttribute("contactLevels", ContactLevel.values());
    }

    @PostMapping
    String add(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                contacts.add(id, form.details(), user);
                redirect.addFlashAttribute("message", "customer.contact.added");
                return back(id);
            } catch (DomainProblem problem) {
                FormErrors.reject(result, problem);
            }
        }
        return again(model, user, id, form, null);
    }

    @PostMapping("/{contactId}")
    String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long contactId,
            @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                contacts.change(id, contactId, form.getVersion() == null ? -1 : form.getVersion(), form.details(),
                        user);
                redirect.addFlashAttribute("message", "customer.contact.saved");
                return back(id);
            } catch (DomainProblem problem) {
                FormErrors.reject(result, problem);
            }
        }
        return again(model, user, id, form, contactId);
    }

    @PostMapping("/{contactId}/remove")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long contactId,
            RedirectAttributes redirect) {
        contacts.remove(id, contactId, user);
        redirect.addFlashAttribute("message", "customer.contact.removed");
        return back(id);
    }

    private String again(Model model, SignedInUser user, long id, ContactForm form, Long editing) {
        CustomerView customer = customers.get(id, user);
        model.addAttribute("customer", customer);
        model.addAttribute("tab", "contacts");
        tab(model, contacts, id, user, form, editing);
        return DETAIL;
    }

    private static String back(long id) {
        return "redirect:/customers/" + id + "?tab=contacts";
    }
}
