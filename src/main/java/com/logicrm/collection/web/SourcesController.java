package com.logicrm.collection.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.InformationSourceAdministration;
import com.logicrm.collection.SourceChannel;
import com.logicrm.customer.InformationSource;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 信息来源: the dictionary of collection methods with the number of customers from each. */
@Controller
@RequestMapping("/collection/sources")
class SourcesController {

    private final InformationSourceAdministration sources;

    SourcesController(InformationSourceAdministration sources) {
        this.sources = sources;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("sources", sources.all());
        // administrators keep the dictionary without seeing customers, so they see no counts
        model.addAttribute("counts", user.holds("customer:read") ? sources.customerCounts(user) : java.util.Map.of());
        model.addAttribute("channels", SourceChannel.values());
        return "collection/sources";
    }

    @PostMapping
    String add(@RequestParam(required = false) String code, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String nameZh, @RequestParam(required = false) String nameEn,
            RedirectAttributes redirect) {
        return done(() -> sources.add(new InformationSource(code, channel, nameZh, nameEn, true)), "source.added",
                redirect);
    }

    @PostMapping("/{code}")
    String change(@PathVariable String code, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String nameZh, @RequestParam(required = false) String nameEn,
            @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        return done(() -> sources.change(new InformationSource(code, channel, nameZh, nameEn, active)),
                "source.changed", redirect);
    }

    private static String done(java.util.function.Supplier<InformationSource> action, String message,
            RedirectAttributes redirect) {
        try {
            InformationSource source = action.get();
            Flash.done(redirect, message, source.nameZh());
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return "redirect:/collection/sources";
    }
}
