package com.logicrm.collection.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.FilingQueue;
import com.logicrm.collection.FilingSubmission;
import com.logicrm.collection.NewSubmission;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.DocumentType;
import com.logicrm.shared.Confidentiality;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Filing queue", description = "Material submitted for filing (待归档, COL-5)")
@RestController
@RequestMapping("/api/v1/filing-queue")
class FilingApi {

    private final FilingQueue queue;

    FilingApi(FilingQueue queue) {
        this.queue = queue;
    }

    @Operation(summary = "Submit material for a customer (multipart: customerId, file, type, title, date, note)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<FilingSubmission> submit(@AuthenticationPrincipal SignedInUser user,
            @RequestParam long customerId, @RequestPart("file") MultipartFile file,
            @RequestParam DocumentType type, @RequestParam String title,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String note) throws IOException {
        FilingSubmission submission;
        try (InputStream content = file.getInputStream()) {
            submission = queue.submit(new NewSubmission(customerId, type, title, date, note),
                    file.getOriginalFilename(), content, user);
        }
        return ResponseEntity.created(URI.create("/api/v1/filing-queue/" + submission.id())).body(submission);
    }

    @Operation(summary = "Pending material of customers in the caller's scope, oldest first (collection:filing)")
    @GetMapping
    List<FilingSubmission> pending(@AuthenticationPrincipal SignedInUser user) {
        return queue.pending(user);
    }

    @Operation(summary = "The caller's own submissions and their outcome")
    @GetMapping("/mine")
    List<FilingSubmission> mine(@AuthenticationPrincipal SignedInUser user) {
        return queue.mine(user);
    }

    @Operation(summary = "File it into an archive section: it becomes a document of the customer")
    @PostMapping("/{id}/filing")
    FilingSubmission file(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody Filing filing) {
        return queue.file(id, filing.section(), filing.confidentiality(), user);
    }

    @Operation(summary = "Return it to the submitter with a reason")
    @PostMapping("/{id}/return")
    FilingSubmission returnIt(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody Return request) {
        return queue.returnToSubmitter(id, request.reason(), user);
    }

    record Filing(ArchiveSection section, Confidentiality confidentiality) {
    }

    record Return(String reason) {
    }
}
