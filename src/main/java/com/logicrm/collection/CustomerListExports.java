package com.logicrm.collection;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerExtract;
import com.logicrm.customer.CustomerQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports customer lists (COL-3) to .xlsx or CSV: the rows the same list shows to the same person
 * (scope, confidentiality, masking), streamed so that the size of the list never shows in the heap.
 * Large or confidential exports need {@code customer:export:bulk}; every export is written to the
 * audit trail with its filter and row count, and the file itself says who exported it and when.
 */
@Service
public class CustomerListExports {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private final CustomerExtract extract;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final ExportPolicy policy;
    private final Clock clock;

    CustomerListExports(CustomerExtract extract, AuditTrail audit, MessageSource messages,
            @Value("${logicrm.export.bulk-threshold:10000}") int bulkThreshold, Clock clock) {
        this.extract = extract;
        this.audit = audit;
        this.messages = messages;
        this.policy = new ExportPolicy(bulkThreshold);
        this.clock = clock;
    }

    /** Checks the rights for this export before anything is sent; a refusal is audited. */
    @PreAuthorize("hasAuthority('customer:export')")
    public PreparedExport prepare(CustomerQuery query, ExportFormat format, SignedInUser user, Locale locale) {
        int counted = extract.countUpTo(query, user, policy.countCap());
        boolean confidential = user.holds("customer:confidential") && extract.includesConfidential(query, user);
        if (policy.needsBulkRight(counted, confidential) && !user.holds(ExportPolicy.BULK)) {
            audit.record("EXPORT_REFUSED", "customer", null, describe(query) + (confidential ? " confidential" : "")
                    + " rows>" + (counted > policy.bulkThreshold() ? policy.bulkThreshold() : counted));
            throw new ExportRefused(policy.bulkThreshold());
        }
        Instant now = clock.instant();
        String name = messages.getMessage("export.fileName", null, "customers", locale) + "-"
                + STAMP.format(now.atZone(ZoneId.systemDefault())) + "." + format.extension();
        return new PreparedExport(query, format, name, now);
    }

    /** Writes the file; returns the number of customers in it. */
    @PreAuthorize("hasAuthority('customer:export')")
    public long write(PreparedExport export, SignedInUser user, Locale locale, OutputStream out) throws IOException {
        ZoneId zone = ZoneId.systemDefault();
        ExportColumns columns = new ExportColumns(messages, locale, zone);
        long rows;
        try (SheetWriter sheet = export.format() == ExportFormat.XLSX
                ? new XlsxSheet(out, columns.label("export.sheet"), user.getUsername())
                : new CsvSheet(out)) {
            sheet.row(columns.header());
            rows = extract.stream(export.query(), user, customer -> {
                try {
                    sheet.row(columns.row(customer));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            sheet.provenance(List.of(
                    List.of(columns.label("export.about")),
                    List.of(columns.label("export.about.exportedBy"), user.getUsername()),
                    List.of(columns.label("export.about.exportedAt"),
                            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(export.requestedAt().atZone(zone))),
                    List.of(columns.label("export.about.filter"), describe(export.query())),
                    List.of(columns.label("export.about.rows"), Long.toString(rows))));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        audit.record("CUSTOMERS_EXPORTED", "customer", null,
                export.format() + " rows=" + rows + " " + describe(export.query()));
        return rows;
    }

    /** The filter in the words of the API's parameters, for the audit trail and the file. */
    static String describe(CustomerQuery query) {
        StringBuilder text = new StringBuilder();
        append(text, "q", query.q());
        append(text, "stage", query.stage());
        append(text, "kind", query.kind());
        append(text, "category", query.category());
        append(text, "regionCode", query.regionCode());
        append(text, "ownerId", query.ownerId());
        append(text, "industry", query.industry());
        append(text, "needsSegment", query.needsSegment());
        append(text, "confidentiality", query.confidentiality());
        append(text, "minCompleteness", query.minCompleteness());
        append(text, "maxCompleteness", query.maxCompleteness());
        append(text, "tag", query.tag());
        append(text, "source", query.source());
        return text.length() == 0 ? "filter=none" : text.toString().strip();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            text.append(' ').append(name).append('=').append(value);
        }
    }
}
