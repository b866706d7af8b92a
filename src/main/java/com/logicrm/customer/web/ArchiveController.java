package com.logicrm.customer.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveEntry;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.ArchiveVolume;
import com.logicrm.customer.CustomerArchive;
import com.logicrm.customer.NewArchiveEntry;
import com.logicrm.customer.Responsibility;
import com.logicrm.customer.ReturnKind;
import com.logicrm.customer.VolumesClosed;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.web.Flash;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 档案目录 tab (ARC-9) and the year-end close. As on the other tabs, every field is optional at
 * the HTTP level so that what is missing is answered by the service's message on the tab.
 */
@Controller
@RequestMapping("/customers")
class ArchiveController {

    private final CustomerArchive archive;

    ArchiveController(CustomerArchive archive) {
        this.archive = archive;
    }

    /** What the tab needs, put into the customer page's model. */
    static void tab(Model model, CustomerArchive archive, long customerId, SignedInUser user, Clock clock) {
        model.addAttribute("archive", archive.catalogue(customerId, user));
        model.addAttribute("archiveSections", ArchiveSection.values());
        model.addAttribute("returnKinds", ReturnKind.values());
        model.addAttribute("responsibilities", Responsibility.values());
        model.addAttribute("lastYear", LocalDate.now(clock).getYear() - 1);
        model.addAttribute("today", LocalDate.now(clock));
    }

    @PostMapping("/{id}/archive/entries")
    String add(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) ArchiveSection section,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entryDate,
            @RequestParam(required = false) String title, @RequestParam(required = false) String notes,
            @RequestParam(required = false) ReturnKind returnKind, @RequestParam(required = false) String amount,
            @RequestParam(required = false) Responsibility responsibility,
            @RequestParam(required = false) String finding, RedirectAttributes redirect) {
        try {
            boolean returns = section == ArchiveSection.RETURNS;
            ArchiveEntry entry = archive.add(id, new NewArchiveEntry(section, entryDate, title, notes,
                    returns ? returnKind : null, returns ? amount(amount) : null, returns ? responsibility : null,
                    returns ? finding : null), user);
            Flash.done(redirect, "archive.entryAdded", entry.catalogueNo());
        } catch (DomainProblem problem) {
            failed(problem, redirect);
        }
        return tab(id);
    }

    @PostMapping("/{id}/archive/entries/{entryId}/remove")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long entryId,
            RedirectAttributes redirect) {
        try {
            archive.remove(id, entryId, null, user);
            redirect.addFlashAttribute("message", "archive.entryRemoved");
        } catch (DomainProblem problem) {
            failed(problem, redirect);
        }
        return tab(id);
    }

    @PostMapping("/{id}/archive/volumes")
    String closeYear(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        try {
            ArchiveVolume volume = archive.closeYear(id, year == null ? 0 : year, user);
            Flash.done(redirect, "archive.yearClosedDone", volume.volumeNo());
        } catch (DomainProblem problem) {
            failed(problem, redirect);
        }
        return tab(id);
    }

    @GetMapping("/archive/close")
    String closing(Model model) {
        model.addAttribute("lastYear", archive.lastClosableYear());
        return "customer/archive-close";
    }

    @PostMapping("/archive/close")
    String closeYearInScope(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer year,
            Model model) {
        model.addAttribute("lastYear", archive.lastClosableYear());
        try {
            VolumesClosed closed = archive.closeYearInScope(year == null ? 0 : year, user);
            model.addAttribute("closed", closed);
        } catch (DomainProblem problem) {
            model.addAttribute("error", problem.messageCode());
            model.addAttribute("errorArgument", problem.arguments().length > 0 ? problem.arguments()[0] : "");
        }
        return "customer/archive-close";
    }

    /** A number as people type it: full-width digits, thousands separators and a currency sign allowed. */
    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\s,¥￥]", "");
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new InvalidField("amount", "archive.amountInvalid");
        }
    }

    private static void failed(DomainProblem problem, RedirectAttributes redirect) {
        if (problem.kind() == DomainProblem.Kind.NOT_FOUND && problem.messageCode().startsWith("customer.")) {
            throw problem; // the customer is gone or out of reach: the 404 page
        }
        Flash.refusal(redirect, problem);
    }

    private static String tab(long id) {
        return "redirect:/customers/" + id + "?tab=archive";
    }
}
