package com.logicrm.customer.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerHandover;
import com.logicrm.customer.Handover;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Handover", description = "ARC-13: all customers of one person to another (customer:handover)")
@RestController
@RequestMapping("/api/v1/customers/handovers")
class HandoverApi {

    private final CustomerHandover handover;

    HandoverApi(CustomerHandover handover) {
        this.handover = handover;
    }

    @Operation(summary = "Hand every current customer of fromUserId (in the caller's scope) to toUserId")
    @PostMapping
    ResponseEntity<Handover> handOver(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody HandoverRequest request) {
        Handover done = handover.handOver(request.fromUserId(), request.toUserId(), request.reason(), user);
        return ResponseEntity.created(URI.create("/api/v1/customers/handovers/" + done.id())).body(done);
    }

    @Operation(summary = "The latest 100 handovers, newest first")
    @GetMapping
    List<Handover> past() {
        return handover.past();
    }

    record HandoverRequest(@NotNull Long fromUserId, @NotNull Long toUserId, @NotBlank @Size(max = 500) String reason) {
    }
}
