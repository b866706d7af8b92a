package com.logicrm.access.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    private final long lockoutMinutes;
    private final int maxAttempts;

    SignInController(@Value("${logicrm.security.lockout.duration:15m}") Duration lockout,
            @Value("${logicrm.security.lockout.max-attempts:5}") int maxAttempts) {
        this.lockoutMinutes = lockout.toMinutes();
        this.maxAttempts = maxAttempts;
    }

    @GetMapping("/login")
    String signIn(Authentication authentication, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("lockoutMinutes", lockoutMinutes);
        model.addAttribute("maxAttempts", maxAttempts);
        return "access/login";
    }
}
