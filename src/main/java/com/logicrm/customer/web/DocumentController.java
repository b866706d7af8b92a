package com.logicrm.customer.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.CustomerDocument;
import com.logicrm.customer.CustomerDocuments;
import com.logicrm.customer.DocumentDownload;
import com.logicrm.customer.DocumentType;
import com.logicrm.customer.NewDocument;
import com.logicrm.customer.YearClosed;
import com.logicrm.shared.Confidentiality;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 文件档案 tab's actions. Every field is optional at the HTTP level so that a missing one is
 * answered by the service's message in the person's language on the tab, not by a bare 400 page.
 */
@Controller
@RequestMapping("/customers/{id}/documents")
class DocumentController {

    private final CustomerDocuments documents;

    DocumentController(CustomerDocuments documents) {
        this.documents = documents;
    }

    @PostMapping
    String upload(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Confidentiality confidentiality,
            @RequestParam(required = false) String notes, @RequestParam(required = false) ArchiveSection section,
            RedirectAttributes redirect) throws IOException {
        NewDocument facts = new NewDocument(type, title, date, confidentiality, notes, section);
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            CustomerDocument document = documents.upload(id, facts, file == null ? null : file.getOriginalFilename(),
                    content, user);
            Flash.done(redirect, "document.uploaded", document.title());
        } catch (DomainProblem problem) {
            if (problem.kind() == DomainProblem.Kind.NOT_FOUND) {
                throw problem; // the customer is gone or out of reach: the 404 page, not a message on its tab
            }
            Object[] arguments = problem.arguments();
            Flash.refusal(redirect, problem);
        }
        return "redirect:/customers/" + id + "?tab=documents";
    }

    @GetMapping("/{documentId}/content")
    ResponseEntity<Resource> content(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long documentId, @RequestParam(defaultValue = "false") boolean inline) {
        DocumentDownload download = documents.download(id, documentId, user);
        return ResponseEntity.ok().headers(download.headers(inline)).body(new FileSystemResource(download.file()));
    }

    @PostMapping("/{documentId}/remove")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long documentId,
            RedirectAttributes redirect) {
        try {
            documents.remove(id, documentId, null, user);
            redirect.addFlashAttribute("message", "document.removed");
        } catch (YearClosed closed) {
            Flash.refusal(redirect, closed);
        }
        return "redirect:/customers/" + id + "?tab=documents";
    }
}
