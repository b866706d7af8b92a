package com.logicrm.collection.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.FilingQueue;
import com.logicrm.collection.FilingSubmission;
import com.logicrm.collection.NewSubmission;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.DocumentType;
import com.logicrm.shared.Confidentiality;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 待归档: the queue for filers, and each submitter's own material with its outcome. */
@Controller
@RequestMapping("/collection/filing")
class FilingController {

    private final FilingQueue queue;
    private final Clock clock;

    FilingController(FilingQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<FilingSubmission> pending = user.holds("collection:filing") ? queue.pending(user) : List.of();
        model.addAttribute("pending", pending);
        model.addAttribute("oldestDays", pending.isEmpty() ? 0 : pending.get(0).ageDays(clock.instant()));
        model.addAttribute("mine", queue.mine(user));
        model.addAttribute("now", clock.instant());
        model.addAttribute("sections", ArchiveSection.values());
        model.addAttribute("levels", Confidentiality.values());
        return "collection/filing";
    }

    /** Submitted from a customer's 文件档案 tab; back there with the outcome. */
    @PostMapping
    String submit(@AuthenticationPrincipal SignedInUser user, @RequestParam long customerId,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String note, RedirectAttributes redirect) throws IOException {
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            FilingSubmission submission = queue.submit(new NewSubmission(customerId, type, title, date, note),
                    file == null ? null : file.getOriginalFilename(), content, user);
            Flash.done(redirect, "filing.submitted", submission.title());
        } catch (DomainProblem problem) {
            if (problem.kind() == DomainProblem.Kind.NOT_FOUND) {
                throw problem;
            }
            Flash.refusal(redirect, problem);
        }
        return "redirect:/customers/" + customerId + "?tab=documents";
    }

    @PostMapping("/{id}/file")
    String file(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) ArchiveSection section,
            @RequestParam(required = false) Confidentiality confidentiality, RedirectAttributes redirect) {
        try {
            FilingSubmission filed = queue.file(id, section, confidentiality, user);
            Flash.done(redirect, "filing.filed", filed.title());
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return "redirect:/collection/filing";
    }

    @PostMapping("/{id}/return")
    String returnIt(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            FilingSubmission returned = queue.returnToSubmitter(id, reason, user);
            Flash.done(redirect, "filing.returned", returned.title());
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return "redirect:/collection/filing";
    }
}
