package com.logicrm.collection.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.CustomerTracking;
import com.logicrm.collection.NewTrackingRecord;
import com.logicrm.collection.TrackingRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tracking records", description = "客户跟踪记录表 (COL-2), filed into the archive")
@RestController
class TrackingApi {

    private final CustomerTracking tracking;

    TrackingApi(CustomerTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/api/v1/customers/{customerId}/tracking-records")
    List<TrackingRecord> list(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId) {
        return tracking.of(customerId, user);
    }

    @Operation(summary = "File a tracking record: trackedOn, method (VISIT, PHONE, EMAIL, MESSAGE, MEETING, OTHER), "
            + "contactName, content, feedback, nextStep, nextDate, stageAfter")
    @PostMapping("/api/v1/customers/{customerId}/tracking-records")
    ResponseEntity<TrackingRecord> record(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @RequestBody NewTrackingRecord form) {
        TrackingRecord record = tracking.record(customerId, form, user);
        return ResponseEntity.created(URI.create("/api/v1/tracking-records/" + record.id())).body(record);
    }

    @GetMapping("/api/v1/tracking-records/{id}")
    TrackingRecord get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return tracking.get(id, user);
    }
}
