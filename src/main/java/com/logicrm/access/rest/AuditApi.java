package com.logicrm.access.rest;

import com.logicrm.access.AuditEntry;
import com.logicrm.access.AuditQuery;
import com.logicrm.access.AuditTrail;
import com.logicrm.access.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Audit trail", description = "Search and verify the tamper-evident audit trail (audit:read)")
@RestController
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @Operation(summary = "Search; pages backwards with beforeId = the last id of the previous page")
    @GetMapping("/api/v1/audit/events")
    List<AuditEntry> search(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) Long beforeId,
            @RequestParam(defaultValue = "50") int size) {
        return audit.search(new AuditQuery(actor, action, targetType, targetId, from, to, beforeId, size));
    }

    @Operation(summary = "Re-compute the hash chain and report the first broken row")
    @GetMapping("/api/v1/audit/verification")
    ChainVerification verify() {
        return audit.verify();
    }
}
