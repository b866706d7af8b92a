package com.logicrm.access.web;

import com.logicrm.access.AuditEntry;
import com.logicrm.access.AuditQuery;
import com.logicrm.access.AuditTrail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int PAGE = 50;
    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long beforeId, Model model) {
        ZoneId zone = ZoneId.systemDefault();
        List<AuditEntry> entries = audit.search(new AuditQuery(actor, action, targetType, targetId,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), beforeId, PAGE));
        model.addAttribute("entries", entries);
        model.addAttribute("nextBeforeId", entries.size() == PAGE ? entries.get(entries.size() - 1).id() : null);
        return "access/audit";
    }

    @GetMapping("/verification")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        model.addAttribute("entries", audit.search(AuditQuery.latest(PAGE)));
        return "access/audit";
    }
}
