package com.logicrm.customer;

import com.logicrm.shared.InvalidField;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Files one document: stores the content, checks it, catalogues it and writes the customer's change
 * history, in the caller's transaction. Permissions and visibility are the caller's business.
 * <p>
 * The file is in place before the row commits; if the transaction then rolls back, an unreferenced
 * file remains under its own digest. It is harmless (nothing points at it, and the same content
 * uploaded again reuses it), which is cheaper than a two-phase dance with the file system.
 */
@Component
class DocumentFiling {

    static final String HISTORY_FIELD = "document";
    private static final int MAX_NAME = 255;

    private final DocumentStore store;
    private final DocumentRecords records;
    private final ChangeHistory history;
    private final ArchiveEntries catalogue;

    DocumentFiling(DocumentStore store, DocumentRecords records, ChangeHistory history, ArchiveEntries catalogue) {
        this.store = store;
        this.records = records;
        this.history = history;
        this.catalogue = catalogue;
    }

    CustomerDocument file(long customerId, NewDocument facts, String fileName, InputStream content, String actor,
            Instant now) {
        return catalogue(customerId, facts, keep(customerId, fileName, content), actor, now);
    }

    /**
     * Stores and checks a file for the customer without cataloguing it: it lies under its digest,
     * harmless while nothing points at it, until {@link #catalogue} files it (material waiting in the
     * filing queue).
     */
    KeptFile keep(long customerId, String fileName, InputStream content) {
        String originalName = cleanName(fileName);
        DocumentStore.Staged staged = store.stage(customerId, content);
        try {
            if (staged.size() == 0) {
                throw new InvalidField("file", "document.empty");
            }
            ContentSniffer.Accepted accepted = ContentSniffer.accept(originalName, staged.file());
            String key = store.keep(staged);
            return new KeptFile(customerId, originalName, accepted.contentType(), staged.size(), staged.sha256(), key);
        } finally {
            store.discard(staged);
        }
    }

    /** Catalogues a kept file as a document of its customer, in the archive's catalogue and history too. */
    CustomerDocument catalogue(long customerId, NewDocument facts, KeptFile kept, String actor, Instant now) {
        if (kept.customerId() != customerId || !store.isKept(customerId, kept.storageKey())) {
            throw new IllegalArgumentException("No kept file " + kept.storageKey() + " for customer " + customerId);
        }
        long id = records.insert(customerId, facts, kept.originalName(), kept.contentType(), kept.size(),
                kept.sha256(), kept.storageKey(), actor, now);
        // every filed document is an item of the archive's catalogue (ARC-9), numbered in its section
        catalogue.add(customerId, NewArchiveEntry.of(facts.archiveSection(), facts.documentDate(), facts.title(),
                null), id, actor, now);
        history.record(customerId, actor, now, Map.of(HISTORY_FIELD, new String[] {null, label(id, facts)}), null);
        return records.find(customerId, id).orElseThrow().document();
    }

    /** Refused while the document's entry lies in a closed annual volume, which no longer changes. */
    void remove(CustomerDocument document, String reason, String actor, Instant now) {
        catalogue.ofDocument(document.customerId(), document.id())
                .ifPresent(entry -> catalogue.remove(entry, actor, now));
        records.remove(document.customerId(), document.id(), actor, now);
        history.record(document.customerId(), actor, now, Map.of(HISTORY_FIELD,
                new String[] {label(document.id(), document.type(), document.title()), null}), reason);
    }

    private static String label(long id, NewDocument facts) {
        return label(id, facts.type(), facts.title());
    }

    private static String label(long id, DocumentType type, String title) {
        return "#" + id + " " + type + " " + title;
    }

    /**
     * Only the last path segment of what the browser sent, without control characters: some
     * browsers send a whole local path, and the name is shown and sent back in headers.
     */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw new InvalidField("file", "document.nameMissing");
        }
        return name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME);
    }
}
