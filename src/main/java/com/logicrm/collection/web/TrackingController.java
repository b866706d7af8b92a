package com.logicrm.collection.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.CustomerTracking;
import com.logicrm.collection.NewTrackingRecord;
import com.logicrm.collection.TrackingMethod;
import com.logicrm.collection.TrackingRecord;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.customer.LifecycleStage;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import java.time.LocalDate;
import java.util.Arrays;
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

/** 客户跟踪记录表: the form for one customer, its earlier records, and each record's print view. */
@Controller
@RequestMapping("/collection/tracking")
class TrackingController {

    private final CustomerTracking tracking;
    private final CustomerManagement customers;

    TrackingController(CustomerTracking tracking, CustomerManagement customers) {
        this.tracking = tracking;
        this.customers = customers;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SignedInUser user, @RequestParam long customerId, Model model) {
        model.addAttribute("customer", customers.get(customerId, user));
        model.addAttribute("records", tracking.of(customerId, user));
        model.addAttribute("methods", TrackingMethod.values());
        model.addAttribute("stages", Arrays.stream(LifecycleStage.values()).filter(LifecycleStage::current).toList());
        return "collection/tracking";
    }

    @PostMapping
    String record(@AuthenticationPrincipal SignedInUser user, @RequestParam long customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate trackedOn,
            @RequestParam(required = false) TrackingMethod method, @RequestParam(required = false) String contactName,
            @RequestParam(required = false) String content, @RequestParam(required = false) String feedback,
            @RequestParam(required = false) String nextStep,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextDate,
            @RequestParam(required = false) LifecycleStage stageAfter, RedirectAttributes redirect) {
        try {
            TrackingRecord record = tracking.record(customerId, new NewTrackingRecord(trackedOn, method, contactName,
                    content, feedback, nextStep, nextDate, stageAfter), user);
            Flash.done(redirect, "tracking.recorded", record.catalogueNo());
        } catch (DomainProblem problem) {
            if (problem.kind() == DomainProblem.Kind.NOT_FOUND) {
                throw problem;
            }
            Flash.refusal(redirect, problem);
        }
        return "redirect:/collection/tracking?customerId=" + customerId;
    }

    /** The record laid out like the paper form, for printing. */
    @GetMapping("/{id}")
    String print(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("record", tracking.get(id, user));
        return "collection/tracking-print";
    }
}
