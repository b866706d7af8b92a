package com.logicrm.access.web;

import com.logicrm.access.ApiTokens;
import com.logicrm.access.IssuedToken;
import com.logicrm.access.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own profile and API tokens. */
@Controller
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("me", user);
        model.addAttribute("permissions", user.permissions().stream().sorted().toList());
        model.addAttribute("tokens", tokens.of(user));
        return "access/account";
    }

    @PostMapping("/account/tokens")
    String issue(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String name,
            RedirectAttributes redirect) {
        IssuedToken issued = tokens.issueTo(user, name);
        redirect.addFlashAttribute("issued", issued);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("message", "token.revoked.done");
        return "redirect:/account";
    }
}
