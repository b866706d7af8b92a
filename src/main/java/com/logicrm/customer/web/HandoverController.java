package com.logicrm.customer.web;

import com.logicrm.access.People;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerHandover;
import com.logicrm.customer.Handover;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 客户交接 (ARC-13): the handover form and the record of past handovers. */
@Controller
@RequestMapping("/customers/handovers")
class HandoverController {

    private final CustomerHandover handover;
    private final People people;

    HandoverController(CustomerHandover handover, People people) {
        this.handover = handover;
        this.people = people;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("handovers", handover.past());
        model.addAttribute("everyone", people.everyone());
        model.addAttribute("active", people.active());
        return "customer/handover";
    }

    @PostMapping
    String handOver(@AuthenticationPrincipal SignedInUser user, @RequestParam long fromUserId,
            @RequestParam long toUserId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            Handover done = handover.handOver(fromUserId, toUserId, reason, user);
            Flash.done(redirect, "customer.handover.done", done.customerCount());
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return "redirect:/customers/handovers";
    }
}
