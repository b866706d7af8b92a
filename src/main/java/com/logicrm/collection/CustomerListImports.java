package com.logicrm.collection;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.NotFound;
import com.logicrm.shared.jobs.Job;
import com.logicrm.shared.jobs.Jobs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of customer imports (COL-3): a person uploads a spreadsheet, sees how its columns
 * were read and matched, corrects the mapping, encoding and settings, checks it in a dry run, reads
 * the per-row report, and imports it — each check and import a background job whose progress they
 * watch. An upload belongs to the person who made it; to anyone else it does not exist.
 */
@Service
public class CustomerListImports {

    /** The COL-1 source every imported card and every change an import makes is recorded with. */
    static final String SOURCE = "IMPORT";
    static final String JOB_KIND = "customer-import";
    private static final int SAMPLE_ROWS = 3;
    private static final int REPORT_ON_SCREEN = 200;

    private final ImportStore store;
    private final ImportVocabulary vocabulary;
    private final Jobs jobs;
    private final AuditTrail audit;
    private final MessageSource messages;

    CustomerListImports(ImportStore store, ImportVocabulary vocabulary, Jobs jobs, AuditTrail audit,
            MessageSource messages) {
        this.store = store;
        this.vocabulary = vocabulary;
        this.jobs = jobs;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * Reads the header and first rows of {@code content} and keeps the file for checking. The encoding
     * of a CSV is detected unless {@code encoding} names one; columns are matched by their headers, or
     * by the named mapping {@code templateId} where it knows a header.
     */
    @PreAuthorize("hasAuthority('collection:import')")
    @Transactional
    public CustomerImportView upload(String fileName, byte[] content, String encoding, Long templateId,
            Locale locale, SignedInUser user) {
        ImportFormat format = ImportFormat.of(content);
        Charset detected = format == ImportFormat.CSV ? ImportFormat.guessEncoding(content) : null;
        Charset chosen = format == ImportFormat.CSV && encoding != null && !encoding.isBlank()
                ? ImportFormat.encoding(encoding) : detected;
        Preview preview = preview(content, format, chosen);
        Map<String, String> template = templateId == null ? Map.of()
                : store.template(templateId).map(ImportTemplate::mapping)
                        .orElseThrow(() -> new NotFound("import.template.notFound", templateId));
        List<String> mapping = mapping(preview.headers(), template);
        long id = store.save(user.getUsername(), name(fileName), content, format,
                detected == null ? null : ImportFormat.encodingName(detected),
                chosen == null ? null : ImportFormat.encodingName(chosen), preview.headers(), preview.samples(),
                mapping, locale);
        return view(id, user);
    }

    @PreAuthorize("hasAuthority('collection:import')")
    @Transactional(readOnly = true)
    public CustomerImportView view(long id, SignedInUser user) {
        ImportStore.Upload upload = owned(id, user);
        Job job = upload.jobId() == null ? null : jobs.find(upload.jobId()).orElse(null);
        List<ImportProblem> problems = store.problems(id, REPORT_ON_SCREEN + 1);
        List<ImportColumn> columns = new ArrayList<>();
        for (int i = 0; i < upload.headers().size(); i++) {
            int column = i;
            List<String> samples = upload.samples().stream()
                    .map(row -> column < row.size() ? row.get(column) : "")
                    .toList();
            String field = upload.mapping().get(i);
            columns.add(new ImportColumn(i, upload.headers().get(i), field.isEmpty() ? null : field, samples));
        }
        return new CustomerImportView(upload.id(), upload.fileName(), upload.sizeBytes(), upload.format().name(),
                upload.detectedEncoding(), upload.encoding(), columns, upload.mode(), upload.onError(),
                upload.state(), job, upload.counts(), problems.subList(0, Math.min(REPORT_ON_SCREEN, problems.size())),
                problems.size() > REPORT_ON_SCREEN, upload.createdAt(), upload.finishedAt());
    }

    /** The person's latest uploads, newest first. */
    @PreAuthorize("hasAuthority('collection:import')")
    @Transactional(readOnly = true)
    public List<CustomerImportView> recent(SignedInUser user) {
        return store.recent(user.getUsername(), 20).stream().map(upload -> view(upload.id(), user)).toList();
    }

    /** Changes the encoding, mapping, mode or bad-row policy of a file not yet imported. */
    @PreAuthorize("hasAuthority('collection:import')")
    @Transactional
    public CustomerImportView configure(long id, ImportSettings settings, SignedInUser user) {
        ImportStore.Upload upload = changeable(owned(id, user));
        String encoding = upload.encoding();
        List<String> headers = upload.headers();
        List<List<String>> samples = upload.samples();
        List<String> mapping = upload.mapping();
        if (upload.format() == ImportFormat.CSV && settings.encoding() != null && !settings.encoding().isBlank()) {
            Charset chosen = ImportFormat.encoding(settings.encoding());
            if (!ImportFormat.encodingName(chosen).equals(encoding)) {
                Preview preview = preview(store.content(id), upload.format(), chosen);
                encoding = ImportFormat.encodingName(chosen);
                headers = preview.headers();
                samples = preview.samples();
                mapping = mapping(headers, Map.of());
            }
        }
        if (settings.mapping() != null && headers.equals(upload.headers())) {
            mapping = checkedMapping(settings.mapping(), headers.size());
        }
        store.settings(id, encoding, headers, samples, mapping,
                settings.mode() == null ? upload.mode() : settings.mode(),
                settings.onError() == null ? upload.onError() : settings.onError());
        return view(id, user);
    }

    /**
     * Starts a background check ({@code dryRun}) or import of the file. An import checks every row
     * first; with all-or-nothing set, one bad row refuses the whole file and nothing is written.
     */
    @PreAuthorize("hasAuthority('collection:import') and hasAuthority('customer:write')")
    @Transactional
    public CustomerImportView start(long id, boolean dryRun, SignedInUser user) {
        ImportStore.Upload upload = changeable(owned(id, user));
        if (upload.mapping().stream().noneMatch(ImportField.NAME.key()::equals)
                && upload.mapping().stream().noneMatch(ImportField.CREDIT_CODE.key()::equals)
                && upload.mapping().stream().noneMatch(ImportField.ARCHIVE_NO.key()::equals)) {
            throw ImportRefused.invalid("import.mapping.nothingToIdentify");
        }
        long jobId = jobs.submit(JOB_KIND, user.getUsername(), id + (dryRun ? ":check" : ":import"));
        if (!store.start(id, dryRun ? ImportState.CHECKING : ImportState.IMPORTING, jobId,
                List.of(ImportState.UPLOADED, ImportState.CHECKED, ImportState.REFUSED, ImportState.FAILED))) {
            throw ImportRefused.conflict("import.busy");
        }
        if (!dryRun) {
            audit.record("CUSTOMER_IMPORT_STARTED", "import", id, upload.fileName());
        }
        return view(id, user);
    }

    /** The whole per-row report as .xlsx: row, column, value, reason. */
    @PreAuthorize("hasAuthority('collection:import')")
    @Transactional(readOnly = true)
    public void writeReport(long id, OutputStream out, Locale locale, SignedInUser user) throws IOException {
        ImportStore.Upload upload = owned(id, user);
        try (SheetWriter sheet = new XlsxSheet(out, vocabulary.label("import.report.sheet", locale),
                user.displayName())) {
            sheet.row(List.of(vocabulary.label("import.report.row", locale),
                    vocabulary.label("import.report.column", locale), vocabulary.label("import.report.value", locale),
                    vocabulary.label("import.report.reason", locale)));
            IOException[] failure = {null};
            store.eachProblem(id, problem -> {
                try {
                    sheet.row(java.util.Arrays.asList(problem.row(), problem.column(),
                            problem.value() == null ? null : Cells.inert(problem.value()), problem.reason()));
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            sheet.provenance(List.of(List.of(vocabulary.label("import.report.file", locale), upload.fileName())));
        }
    }

    /** The blank template with headers, an example row and drop-downs, in {@code locale}. */
    public void writeTemplate(OutputStream out, Locale locale) throws IOException {
        new ImportTemplateFile(vocabulary).write(out, locale);
    }

    /** Keeps the mapping of upload {@code id} under {@code name} for the next file from the same system. */
    @PreAuthorize("hasAuthority('collection:import')")
    @Transactional
    public ImportTemplate saveTemplate(long id, String name, SignedInUser user) {
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new com.logicrm.shared.InvalidField("name", "import.template.nameInvalid");
        }
        ImportStore.Upload upload = owned(id, user);
        Map<String, String> mapping = new java.util.LinkedHashMap<>();
        for (int i = 0; i < upload.headers().size(); i++) {
            mapping.putIfAbsent(upload.headers().get(i), upload.mapping().get(i));
        }
        long templateId = store.saveTemplate(name.strip(), mapping, user.getUsername());
        return store.template(templateId).orElseThrow();
    }

    @PreAuthorize("hasAuthority('collection:import')")
    @Transactional(readOnly = true)
    public List<ImportTemplate> templates() {
        return store.templates();
    }

    @PreAuthorize("hasAuthority('collection:import')")
    @Transactional
    public void deleteTemplate(long templateId) {
        if (!store.deleteTemplate(templateId)) {
            throw new NotFound("import.template.notFound", templateId);
        }
    }

    /** The fields a column may be mapped to, for the mapping page. */
    public List<String> fieldKeys() {
        return java.util.Arrays.stream(ImportField.values()).map(ImportField::key).toList();
    }

    private ImportStore.Upload owned(long id, SignedInUser user) {
        return store.find(id).filter(upload -> upload.owner().equalsIgnoreCase(user.getUsername()))
                .orElseThrow(() -> new NotFound("import.notFound", id));
    }

    private static ImportStore.Upload changeable(ImportStore.Upload upload) {
        if (upload.state().busy()) {
            throw ImportRefused.conflict("import.busy");
        }
        if (upload.state() == ImportState.IMPORTED) {
            throw ImportRefused.conflict("import.alreadyImported");
        }
        return upload;
    }

    private record Preview(List<String> headers, List<List<String>> samples) {
    }

    private static Preview preview(byte[] content, ImportFormat format, Charset encoding) {
        List<List<String>> rows = new ArrayList<>();
        SheetRows.of(content, format, encoding).read((number, cells) -> {
            if (cells.stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
                rows.add(cells);
            }
            return rows.size() <= SAMPLE_ROWS;
        });
        if (rows.isEmpty()) {
            throw ImportRefused.invalid("import.file.empty");
        }
        if (rows.size() == 1) {
            throw ImportRefused.invalid("import.file.noRows");
        }
        List<String> headers = rows.get(0).stream().map(cell -> cell == null ? "" : cell.strip()).toList();
        List<List<String>> samples = rows.subList(1, rows.size()).stream()
                .map(row -> padded(row, headers.size()))
                .toList();
        return new Preview(headers, samples);
    }

    private static List<String> padded(List<String> row, int size) {
        List<String> cells = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            cells.add(i < row.size() && row.get(i) != null ? row.get(i) : "");
        }
        return cells;
    }

    /** Each header's field: the template's, else the one the header names; a field claimed once only. */
    private List<String> mapping(List<String> headers, Map<String, String> template) {
        Set<String> taken = new HashSet<>();
        List<String> mapping = new ArrayList<>();
        for (String header : headers) {
            String field = template.containsKey(header) ? template.get(header)
                    : vocabulary.field(header).map(ImportField::key).orElse("");
            if (field == null || ImportField.byKey(field) == null || !taken.add(field)) {
                field = "";
            }
            mapping.add(field);
        }
        return mapping;
    }

    private static List<String> checkedMapping(List<String> given, int columns) {
        if (given.size() != columns) {
            throw ImportRefused.invalid("import.mapping.columnCount", columns);
        }
        Set<String> taken = new HashSet<>();
        List<String> mapping = new ArrayList<>();
        for (String field : given) {
            String key = field == null ? "" : field.strip();
            if (!key.isEmpty() && ImportField.byKey(key) == null) {
                throw new com.logicrm.shared.InvalidField("mapping", "import.mapping.unknownField", key);
            }
            if (!key.isEmpty() && !taken.add(key)) {
                throw new com.logicrm.shared.InvalidField("mapping", "import.mapping.twice", key);
            }
            mapping.add(key);
        }
        return mapping;
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        name = name.replaceAll(".*[/\\\\]", "");
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
