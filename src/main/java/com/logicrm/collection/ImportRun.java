package com.logicrm.collection;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveMatch;
import com.logicrm.customer.ContactDetails;
import com.logicrm.customer.CustomerFacts;
import com.logicrm.customer.CustomerImports;
import com.logicrm.customer.FiledCard;
import com.logicrm.customer.ImportCheck;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.contact.EmailAddress;
import com.logicrm.shared.contact.MobilePhone;
import com.logicrm.shared.jobs.JobProgress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One check or import of an uploaded file, in two passes over its rows. The first checks every row —
 * cells, codes, required fields, repeats within the file, matches and duplicates in the archive —
 * and writes the report. A dry run stops there; so does an all-or-nothing import with a bad row. The
 * second pass writes the good rows in chunks of {@value #CHUNK}: new cards in one batch per chunk,
 * updates one by one. All or nothing runs the whole second pass in one transaction, so a failure
 * leaves nothing behind; skip-bad commits chunk by chunk.
 */
final class ImportRun {

    static final int CHUNK = 1_000;

    /** Ends an all-or-nothing import that met a bad row while writing; everything written is rolled back. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }

    private enum Action { INSERT, UPDATE }

    private record Decision(ImportRow row, Action action, CustomerFacts facts, ArchiveMatch match,
            List<ImportProblem> problems, boolean changesNothing) {
        boolean bad() {
            return !problems.isEmpty();
        }
    }

    private final ImportStore.Upload upload;
    private final SheetRows sheet;
    private final RowReader reader;
    private final Map<ImportField, String> columns;
    private final CustomerImports imports;
    private final ImportStore store;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final SignedInUser user;
    private final Locale locale;
    private final String reason;
    private final BitSet badRows = new BitSet();
    private final List<ImportProblem> lateProblems = new ArrayList<>();
    private final Map<String, Integer> seenCodes = new HashMap<>();
    private final Map<String, Integer> seenNames = new HashMap<>();
    private JobProgress progress;
    private long done;
    private int problemSeq;
    private int rows;
    private int bad;
    private int duplicates;
    private int toInsert;
    private int toUpdate;
    private int inserted;
    private int updated;
    private int unchanged;

    ImportRun(ImportStore.Upload upload, SheetRows sheet, RowReader reader, CustomerImports imports,
            ImportStore store, MessageSource messages, TransactionTemplate transactions, SignedInUser user) {
        this.upload = upload;
        this.sheet = sheet;
        this.reader = reader;
        this.imports = imports;
        this.store = store;
        this.messages = messages;
        this.transactions = transactions;
        this.user = user;
        this.locale = upload.locale();
        this.reason = messages.getMessage("import.reason", new Object[] {upload.fileName()}, locale);
        this.columns = new LinkedHashMap<>();
        for (int i = 0; i < upload.mapping().size(); i++) {
            ImportField field = ImportField.byKey(upload.mapping().get(i));
            if (field != null) {
                columns.putIfAbsent(field, upload.headers().get(i));
            }
        }
    }

    /** Checks the file; returns the state it ends in. */
    ImportState check(JobProgress progress, boolean thenImport) {
        this.progress = progress;
        int dataRows = countRows();
        progress.total(thenImport ? 2L * dataRows : dataRows);
        store.clearProblems(upload.id());
        pass(false);
        if (!thenImport) {
            return ImportState.CHECKED;
        }
        if (bad > 0 && upload.onError() == ImportErrorPolicy.REFUSE) {
            return ImportState.REFUSED;
        }
        seenCodes.clear();
        seenNames.clear();
        unchanged = 0;
        if (upload.onError() == ImportErrorPolicy.REFUSE) {
            try {
                transactions.executeWithoutResult(status -> pass(true));
            } catch (Refused refused) {
                inserted = 0;
                updated = 0;
                unchanged = 0;
                store.addProblems(upload.id(), problemSeq, lateProblems);
                return ImportState.REFUSED;
            }
        } else {
            pass(true);
        }
        store.addProblems(upload.id(), problemSeq, lateProblems);
        return ImportState.IMPORTED;
    }

    ImportCounts counts(boolean imported) {
        return new ImportCounts(rows, bad, duplicates, toInsert, toUpdate, imported ? inserted : null,
                imported ? updated : null, unchanged);
    }

    private int countRows() {
        int[] count = {0};
        boolean[] header = {true};
        sheet.read((number, cells) -> {
            if (header[0]) {
                header[0] = false;
            } else if (cells.stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
                count[0]++;
            }
            return true;
        });
        return count[0];
    }

    private void pass(boolean write) {
        List<ImportRow> chunk = new ArrayList<>(CHUNK);
        boolean[] header = {true};
        sheet.read((number, cells) -> {
            if (header[0]) {
                header[0] = false;
                return true;
            }
            reader.read(number, cells).ifPresent(chunk::add);
            if (chunk.size() == CHUNK) {
                chunk(chunk, write);
                chunk.clear();
            }
            return true;
        });
        if (!chunk.isEmpty()) {
            chunk(chunk, write);
        }
    }

    private void chunk(List<ImportRow> chunk, boolean write) {
        List<ImportRow> rowsToDo = write ? chunk.stream().filter(row -> !badRows.get(row.number())).toList() : chunk;
        List<Decision> decisions = decide(rowsToDo, write);
        if (!write) {
            List<ImportProblem> report = new ArrayList<>();
            for (Decision decision : decisions) {
                rows++;
                if (decision.bad()) {
                    bad++;
                    badRows.set(decision.row().number());
                    if (decision.problems().stream().anyMatch(ImportProblem::duplicate)) {
                        duplicates++;
                    }
                    report.addAll(decision.problems());
                } else if (decision.action() == Action.INSERT) {
                    toInsert++;
                } else if (decision.changesNothing()) {
                    unchanged++;
                } else {
                    toUpdate++;
                }
            }
            store.addProblems(upload.id(), problemSeq, report);
            problemSeq += report.size();
        } else {
            write(decisions);
        }
        done += chunk.size();
        progress.done(done);
    }

    private List<Decision> decide(List<ImportRow> chunk, boolean write) {
        List<ImportCheck> asNew = chunk.stream().map(row -> imports.check(RowFacts.newCard(row.values()))).toList();
        List<String> codes = new ArrayList<>();
        List<String> archiveNos = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            if (asNew.get(i).facts().creditCode() != null) {
                codes.add(asNew.get(i).facts().creditCode());
            }
            if (chunk.get(i).text(ImportField.ARCHIVE_NO) != null) {
                archiveNos.add(chunk.get(i).text(ImportField.ARCHIVE_NO));
            }
        }
        Map<String, ArchiveMatch> byCode = imports.currentByCreditCode(codes);
        Map<String, ArchiveMatch> byArchiveNo = imports.currentByArchiveNo(archiveNos);
        List<Decision> decisions = new ArrayList<>(chunk.size());
        List<String> newNames = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            ImportRow row = chunk.get(i);
            ImportCheck check = asNew.get(i);
            List<ImportProblem> problems = new ArrayList<>();
            row.problems().forEach(problem -> problems.add(problem(row.number(), problem.field(), problem.value(),
                    false, problem.code(), problem.arguments())));
            String code = check.facts().creditCode();
            if (code != null) {
                Integer earlier = seenCodes.putIfAbsent(code, row.number());
                if (earlier != null) {
                    problems.add(problem(row.number(), ImportField.CREDIT_CODE, code, true, "import.row.repeatsRow",
                            earlier));
                }
            }
            ArchiveMatch match = code == null ? null : byCode.get(code);
            String archiveNo = row.text(ImportField.ARCHIVE_NO);
            if (match == null && archiveNo != null) {
                match = byArchiveNo.get(archiveNo);
            }
            Action action;
            if (match != null && upload.mode().updates()) {
                action = Action.UPDATE;
            } else if (match != null) {
                action = Action.INSERT;
                problems.add(problem(row.number(), code != null && byCode.containsKey(code) ? ImportField.CREDIT_CODE
                        : ImportField.ARCHIVE_NO, code != null ? code : archiveNo, true, "import.row.inArchive",
                        match.archiveNo()));
            } else if (!upload.mode().inserts()) {
                action = Action.UPDATE;
                problems.add(problem(row.number(), code != null ? ImportField.CREDIT_CODE : ImportField.ARCHIVE_NO,
                        code != null ? code : archiveNo, false, "import.row.notInArchive"));
            } else {
                action = Action.INSERT;
                newProblems(row, check, problems);
                String name = check.facts().name();
                if (name != null) {
                    String core = ImportField.comparable(name);
                    Integer earlier = seenNames.putIfAbsent(core, row.number());
                    if (earlier != null) {
                        problems.add(problem(row.number(), ImportField.NAME, name, true, "import.row.repeatsRow",
                                earlier));
                    }
                    newNames.add(name);
                }
            }
            decisions.add(new Decision(row, action, check.facts(), match, problems, false));
        }
        Map<String, ArchiveMatch> sameName = imports.currentByName(newNames);
        List<Decision> decided = new ArrayList<>(decisions.size());
        for (Decision decision : decisions) {
            List<ImportProblem> problems = new ArrayList<>(decision.problems());
            if (decision.action() == Action.INSERT && decision.match() == null && decision.facts().name() != null) {
                ArchiveMatch twin = sameName.get(decision.facts().name());
                if (twin != null) {
                    problems.add(problem(decision.row().number(), ImportField.NAME, decision.facts().name(), true,
                            "import.row.sameName", twin.archiveNo()));
                }
            }
            boolean changesNothing = decision.action() == Action.UPDATE && decision.match() != null
                    && problems.isEmpty() && !write && !preview(decision, problems);
            decided.add(new Decision(decision.row(), decision.action(), decision.facts(), decision.match(), problems,
                    changesNothing));
        }
        return decided;
    }

    private void newProblems(ImportRow row, ImportCheck check, List<ImportProblem> problems) {
        if (check.facts().name() == null || check.facts().name().isBlank()) {
            problems.add(problem(row.number(), ImportField.NAME, null, false, "import.row.nameMissing"));
        }
        check.problems().forEach(invalid -> problems.add(problem(row, invalid)));
        String mobile = row.text(ImportField.CONTACT_MOBILE);
        if (mobile != null && !MobilePhone.isValid(mobile)) {
            problems.add(problem(row.number(), ImportField.CONTACT_MOBILE, mobile, false, "import.cell.mobile"));
        }
        String email = row.text(ImportField.CONTACT_EMAIL);
        if (email != null) {
            try {
                EmailAddress.parse("contactEmail", email);
            } catch (InvalidField invalid) {
                problems.add(problem(row.number(), ImportField.CONTACT_EMAIL, email, false, invalid.messageCode(),
                        invalid.arguments()));
            }
        }
        if (row.text(ImportField.CONTACT_NAME) == null && (mobile != null || email != null
                || row.text(ImportField.CONTACT_TITLE) != null)) {
            problems.add(problem(row.number(), ImportField.CONTACT_NAME, null, false, "import.row.contactNameMissing"));
        }
    }

    /** Whether updating would change anything; notes what would be wrong with the result. */
    private boolean preview(Decision decision, List<ImportProblem> problems) {
        try {
            CustomerImports.UpdatePreview preview = imports.preview(decision.match().id(), overlay(decision.row()),
                    user);
            preview.problems().forEach(invalid -> problems.add(problem(decision.row(), invalid)));
            return !preview.changedFields().isEmpty();
        } catch (DomainProblem outOfReach) {
            problems.add(problem(decision.row().number(), ImportField.ARCHIVE_NO, decision.match().archiveNo(), false,
                    "import.row.outOfScope", decision.match().archiveNo()));
            return false;
        }
    }

    private void write(List<Decision> decisions) {
        List<Decision> good = new ArrayList<>();
        for (Decision decision : decisions) {
            if (decision.bad()) {
                refuseOrNote(decision.problems());
            } else {
                good.add(decision);
            }
        }
        List<Decision> inserts = good.stream().filter(d -> d.action() == Action.INSERT).toList();
        if (!inserts.isEmpty()) {
            Runnable file = () -> {
                List<FiledCard> cards = imports.fileAll(inserts.stream().map(Decision::facts).toList(),
                        CustomerListImports.SOURCE, reason, user);
                Map<Long, ContactDetails> contacts = new LinkedHashMap<>();
                for (int i = 0; i < cards.size(); i++) {
                    ContactDetails contact = contact(inserts.get(i).row());
                    if (contact != null) {
                        contacts.put(cards.get(i).id(), contact);
                    }
                }
                imports.addFirstContacts(contacts, user);
            };
            if (upload.onError() == ImportErrorPolicy.REFUSE) {
                file.run();
            } else {
                transactions.executeWithoutResult(status -> file.run());
            }
            inserted += inserts.size();
        }
        for (Decision decision : good) {
            if (decision.action() == Action.UPDATE) {
                update(decision);
            }
        }
    }

    private void update(Decision decision) {
        UnaryOperator<CustomerFacts> overlay = overlay(decision.row());
        try {
            List<String> changed = upload.onError() == ImportErrorPolicy.REFUSE
                    ? imports.update(decision.match().id(), overlay, reason, CustomerListImports.SOURCE, user)
                    : transactions.execute(status -> imports.update(decision.match().id(), overlay, reason,
                            CustomerListImports.SOURCE, user));
            if (changed == null || changed.isEmpty()) {
                unchanged++;
            } else {
                updated++;
            }
        } catch (InvalidField invalid) {
            refuseOrNote(List.of(problem(decision.row(), invalid)));
        } catch (DomainProblem problem) {
            refuseOrNote(List.of(problem(decision.row().number(), ImportField.ARCHIVE_NO,
                    decision.match().archiveNo(), false, problem.messageCode(), problem.arguments())));
        }
    }

    /** A row found bad only while writing (the archive changed since the check). */
    private void refuseOrNote(List<ImportProblem> problems) {
        lateProblems.addAll(problems);
        bad++;
        if (upload.onError() == ImportErrorPolicy.REFUSE) {
            throw new Refused();
        }
    }

    private static UnaryOperator<CustomerFacts> overlay(ImportRow row) {
        return current -> RowFacts.over(current, row.values());
    }

    private static ContactDetails contact(ImportRow row) {
        String name = row.text(ImportField.CONTACT_NAME);
        if (name == null) {
            return null;
        }
        return new ContactDetails(name, null, null, null, row.text(ImportField.CONTACT_TITLE),
                row.text(ImportField.CONTACT_MOBILE), null, row.text(ImportField.CONTACT_EMAIL), null, null, null,
                null, null, null, null, null, null, null, null, true);
    }

    private ImportProblem problem(ImportRow row, InvalidField invalid) {
        ImportField field = fieldOf(invalid.field());
        return problem(row.number(), field, field == null ? null : row.text(field), false, invalid.messageCode(),
                invalid.arguments());
    }

    private ImportProblem problem(int row, ImportField field, String value, boolean duplicate, String code,
            Object... arguments) {
        String column = field == null ? null : columns.getOrDefault(field,
                messages.getMessage(field.labelKey(), null, field.key(), locale));
        return new ImportProblem(row, column, value, messages.getMessage(code, arguments, code, locale), duplicate);
    }

    private static ImportField fieldOf(String path) {
        if (path == null) {
            return null;
        }
        return switch (path) {
            case "operator.name" -> ImportField.OPERATOR_NAME;
            case "ownerId" -> ImportField.OWNER;
            default -> ImportField.byKey(path);
        };
    }
}
