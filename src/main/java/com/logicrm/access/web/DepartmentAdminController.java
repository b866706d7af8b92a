package com.logicrm.access.web;

import com.logicrm.access.DepartmentAdministration;
import com.logicrm.access.DepartmentDraft;
import com.logicrm.access.DepartmentView;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.FormErrors;
import com.logicrm.shared.web.Flash;
import jakarta.validation.Valid;
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
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private static final String LIST = "access/departments";
    private final DepartmentAdministration departments;

    DepartmentAdminController(DepartmentAdministration departments) {
        this.departments = departments;
    }

    @ModelAttribute("tree")
    DepartmentTree tree() {
        return DepartmentTree.of(departments.all());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new DepartmentDraft(null, "", ""));
        return LIST;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") DepartmentDraft form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return LIST;
        }
        try {
            DepartmentView created = departments.create(form);
            Flash.done(redirect, "department.created", created.name());
            return "redirect:/admin/departments";
        } catch (DomainProblem problem) {
            FormErrors.reject(result, problem);
            return LIST;
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        DepartmentView department = departments.get(id);
        model.addAttribute("form", new DepartmentDraft(department.parentId(), department.code(), department.name()));
        model.addAttribute("departmentId", id);
        return "access/department-form";
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentDraft form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("departmentId", id);
        if (result.hasErrors()) {
            return "access/department-form";
        }
        try {
            departments.change(id, form);
            Flash.done(redirect, "department.saved", form.name());
            return "redirect:/admin/departments";
        } catch (DomainProblem problem) {
            FormErrors.reject(result, problem);
            return "access/department-form";
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            departments.delete(id);
            redirect.addFlashAttribute("message", "department.deleted");
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return "redirect:/admin/departments";
    }
}
