package com.logicrm.access.web;

import com.logicrm.access.DataScope;
import com.logicrm.access.Permissions;
import com.logicrm.access.RoleAdministration;
import com.logicrm.access.RoleDraft;
import com.logicrm.access.RoleView;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.FormErrors;
import com.logicrm.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/roles")
class RoleAdminController {

    private static final String FORM = "access/role-form";
    private final RoleAdministration roles;

    RoleAdminController(RoleAdministration roles) {
        this.roles = roles;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allPermissions", Permissions.ALL);
        model.addAttribute("scopes", DataScope.Kind.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("roles", roles.all());
        return "access/roles";
    }

    @GetMapping("/new")
    String newRole(Model model) {
        model.addAttribute("form", new RoleDraft("", "", "", DataScope.Kind.OWN, List.of()));
        model.addAttribute("roleCode", null);
        return FORM;
    }

    @PostMapping("/new")
    String define(@Valid @ModelAttribute("form") RoleDraft form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("roleCode", null);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            roles.define(form);
            Flash.done(redirect, "role.saved", form.code());
            return "redirect:/admin/roles";
        } catch (DomainProblem problem) {
            FormErrors.reject(result, problem);
            return FORM;
        }
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        RoleView role = roles.get(code);
        model.addAttribute("form", new RoleDraft(role.code(), role.nameZh(), role.nameEn(), role.dataScope(),
                role.permissions()));
        model.addAttribute("roleCode", code);
        return FORM;
    }

    @PostMapping("/{code}")
    String change(@PathVariable String code, @Valid @ModelAttribute("form") RoleDraft form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("roleCode", code);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            roles.change(code, form);
            Flash.done(redirect, "role.saved", code);
            return "redirect:/admin/roles";
        } catch (DomainProblem problem) {
            FormErrors.reject(result, problem);
            return FORM;
        }
    }
}
