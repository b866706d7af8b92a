package com.logicrm.customer.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.CustomerDocument;
import com.logicrm.customer.CustomerDocuments;
import com.logicrm.customer.DocumentDownload;
import com.logicrm.customer.DocumentType;
import com.logicrm.customer.NewDocument;
import com.logicrm.shared.Confidentiality;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Customer documents", description = "Contracts, letters, call records … of a customer (ARC-8)")
@RestController
@RequestMapping("/api/v1/customers/{customerId}/documents")
class DocumentApi {

    private final CustomerDocuments documents;

    DocumentApi(CustomerDocuments documents) {
        this.documents = documents;
    }

    @Operation(summary = "The customer's current documents; 机密/绝密 ones only with customer:confidential")
    @GetMapping
    List<CustomerDocument> list(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId) {
        return documents.list(customerId, user);
    }

    @Operation(summary = "File a document (multipart: file, type, title, date, confidentiality, notes, section); "
            + "pdf, doc(x), xls(x), jpg, png, txt, eml up to 20 MB, checked by content (415 otherwise, 413 if larger)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CustomerDocument> upload(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @RequestPart("file") MultipartFile file, @RequestParam DocumentType type, @RequestParam String title,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "ORDINARY") Confidentiality confidentiality,
            @RequestParam(required = false) String notes,
            @RequestParam(required = false) ArchiveSection section) throws IOException {
        CustomerDocument document;
        try (InputStream content = file.getInputStream()) {
            document = documents.upload(customerId, new NewDocument(type, title, date, confidentiality, notes, section),
                    file.getOriginalFilename(), content, user);
        }
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customerId + "/documents/" + document.id()))
                .body(document);
    }

    @GetMapping("/{documentId}")
    CustomerDocument get(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @PathVariable long documentId) {
        return documents.get(customerId, documentId, user);
    }

    @Operation(summary = "The file, with its content type and original name; inline=true shows PDFs and pictures")
    @GetMapping("/{documentId}/content")
    ResponseEntity<Resource> content(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @PathVariable long documentId, @RequestParam(defaultValue = "false") boolean inline) {
        DocumentDownload download = documents.download(customerId, documentId, user);
        return ResponseEntity.ok().headers(download.headers(inline)).body(new FileSystemResource(download.file()));
    }

    @Operation(summary = "Remove the document from the archive's list (soft: it stays on record)")
    @DeleteMapping("/{documentId}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long customerId,
            @PathVariable long documentId, @RequestParam(required = false) String reason) {
        documents.remove(customerId, documentId, reason, user);
        return ResponseEntity.noContent().build();
    }
}
