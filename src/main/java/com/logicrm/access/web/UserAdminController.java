package com.logicrm.access.web;

import com.logicrm.access.DepartmentAdministration;
import com.logicrm.access.NewUser;
import com.logicrm.access.RoleAdministration;
import com.logicrm.access.UserAdministration;
import com.logicrm.access.UserChanges;
import com.logicrm.access.UserView;
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
@RequestMapping("/admin/users")
class UserAdminController {

    private static final String FORM = "access/user-form";
    private final UserAdministration users;
    private final DepartmentAdministration departments;
    private final RoleAdministration roles;

    UserAdminController(UserAdministration users, DepartmentAdministration departments, RoleAdministration roles) {
        this.users = users;
        this.departments = departments;
        this.roles = roles;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("departments", departments.all());
        model.addAttribute("allRoles", roles.all());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        return "access/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        model.addAttribute("userId", null);
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getUsername() == null || form.getUsername().isBlank()) {
            result.rejectValue("username", "NotBlank");
        }
        if (form.getPassword() == null || form.getPassword().isBlank()) {
            result.rejectValue("password", "NotBlank");
        }
        model.addAttribute("userId", null);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            UserView created = users.create(new NewUser(form.getUsername(), form.getDisplayName(),
                    form.getDepartmentId(), form.getRoles(), form.getPassword(), form.isEnabled()));
            Flash.done(redirect, "user.created", created.username());
            return "redirect:/admin/users";
        } catch (DomainProblem problem) {
            FormErrors.reject(result, problem);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserView user = users.get(id);
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setDepartmentId(user.departmentId());
        form.setRoles(user.roles());
        form.setEnabled(user.enabled());
        form.setLocked(user.locked());
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        model.addAttribute("user", user);
        return FORM;
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("userId", id);
        model.addAttribute("user", users.get(id));
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            users.change(id, new UserChanges(form.getDisplayName(), form.getDepartmentId(), form.getRoles(),
                    form.isEnabled(), form.isLocked()));
            if (form.getPassword() != null && !form.getPassword().isBlank()) {
                users.resetPassword(id, form.getPassword());
            }
            Flash.done(redirect, "user.saved", form.getUsername());
            return "redirect:/admin/users";
        } catch (DomainProblem problem) {
            FormErrors.reject(result, problem);
            return FORM;
        }
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        UserView user = users.get(id);
        users.change(id, new UserChanges(user.displayName(), user.departmentId(), user.roles(), user.enabled(),
                false));
        Flash.done(redirect, "user.unlocked", user.username());
        return "redirect:/admin/users";
    }
}
