package com.logicrm.shared.web;

import com.logicrm.shared.DomainProblem;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line messages a page shows after a redirect (layout: {@code message}/{@code error} with one
 * argument), so that every form answers a refusal in the person's language the same way.
 */
public final class Flash {

    private Flash() {
    }

    public static void done(RedirectAttributes redirect, String messageCode, Object argument) {
        redirect.addFlashAttribute("message", messageCode);
        redirect.addFlashAttribute("messageArgument", argument);
    }

    public static void refusal(RedirectAttributes redirect, DomainProblem problem) {
        Object[] arguments = problem.arguments();
        redirect.addFlashAttribute("error", problem.messageCode());
        redirect.addFlashAttribute("errorArgument", arguments.length == 0 ? null : arguments[0]);
        // messages that name two things (a rule and the one it contradicts) need every argument
        redirect.addFlashAttribute("errorArguments", arguments);
    }
}
