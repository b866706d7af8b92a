package com.logicrm.collection;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveMatch;
import com.logicrm.customer.ContactDetails;
import com.logicrm.customer.CustomerFacts;
import com.logicrm.customer.CustomerImports;
import com.logicrm.customer.FiledCard;
import com.logicrm.customer.ImportCheck;
import com.logicrm.customer.PreparedCards;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.contact.EmailAddress;
import com.logicrm.shared.contact.MobilePhone;
import com.logicrm.shared.jobs.JobProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One check or import of an uploaded file, in one pass over its rows in chunks of {@value #CHUNK}:
 * every row is checked — cells, codes, required fields, repeats within the file, matches and
 * duplicates in the archive — its problems go to the report, and (unless it is a dry run) the good rows
 * of the chunk are written: new cards in one statement per chunk, updates one by one. Skip-bad commits
 * chunk by chunk; all or nothing runs in one transaction that a single bad row rolls back.
 */
final class ImportRun {

    static final int CHUNK = 1_000;
    /**
     * Chunks written at once in skip-bad mode, while the next is checked. One: on the two-core reference
     * machine a second writer made the database contend with itself and the import slower.
     */
    private static final int WRITERS = 1;

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
    private final TransactionTemplate reportTransaction;
    private final Map<String, Integer> seenCodes = new HashMap<>();
    private final Map<String, Integer> seenNames = new HashMap<>();
    private JobProgress progress;
    private long checkNanos;
    private long writeNanos;
    /** Rows found bad only while writing, counted by the writing thread. */
    private final AtomicInteger lateBad = new AtomicInteger();
    private ExecutorService writer;
    private final java.util.ArrayDeque<Future<?>> writing = new java.util.ArrayDeque<>();
    private final AtomicLong concurrentWriteNanos = new AtomicLong();
    private long done;
    private int problemSeq;
    private int rows;
    private int bad;
    private int duplicates;
    private int toInsert;
    private int toUpdate;
    private final AtomicInteger inserted = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private int unchanged;
    /** Updates that changed nothing, counted by the writing threads. */
    private final AtomicInteger unchangedWritten = new AtomicInteger();

    ImportRun(ImportStore.Upload upload, SheetRows sheet, RowReader reader, CustomerImports imports,
            ImportStore store, MessageSource messages, TransactionTemplate transactions, SignedInUser user) {
        this.upload = upload;
        this.sheet = sheet;
        this.reader = reader;
        this.imports = imports;
        this.store = store;
        this.messages = messages;
        this.transactions = transactions;
        this.reportTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.reportTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

    /**
     * Checks the file and, with {@code thenImport}, writes its good rows as it goes; returns the state it
     * ends in. All or nothing writes inside one transaction and stops writing at the first bad row; it
     * goes on checking so that the report is complete, then rolls everything back.
     */
    ImportState check(JobProgress progress, boolean thenImport) {
        this.progress = progress;
        progress.total(sheet.estimatedRows());
        store.clearProblems(upload.id());
        if (thenImport && upload.onError() == ImportErrorPolicy.REFUSE) {
            try {
                transactions.executeWithoutResult(status -> {
                    pass(true);
                    if (bad + lateBad.get() > 0) {
                        throw new Refused();
                    }
                });
            } catch (Refused refused) {
                inserted.set(0);
                updated.set(0);
                return ImportState.REFUSED;
            }
        } else if (thenImport) {
            // skip-bad commits chunk by chunk, so a chunk can be written while the next one is checked:
            // the database works on one core while the rows are read and checked on the other
            writer = Executors.newFixedThreadPool(WRITERS, work -> new Thread(work, "import-" + upload.id() + "-writer"));
            try {
                pass(true);
                awaitWriting();
            } finally {
                writer.shutdownNow();
            }
        } else {
            pass(false);
        }
        return thenImport ? ImportState.IMPORTED : ImportState.CHECKED;
    }

    /** Where the time went, for the log: checking rows (archive look-ups included) and writing them. */
    String timings() {
        return String.format(java.util.Locale.ROOT, "checking %.1f s, writing %.1f s", checkNanos / 1e9,
                writeNanos / 1e9);
    }

    ImportCounts counts(boolean imported) {
        return new ImportCounts(rows, bad + lateBad.get(), duplicates, toInsert, toUpdate,
                imported ? inserted.get() : null, imported ? updated.get() : null, unchanged + unchangedWritten.get());
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
        long started = System.nanoTime();
        List<Decision> decisions = decide(chunk, write);
        checkNanos += System.nanoTime() - started;
        List<ImportProblem> report = new ArrayList<>();
        List<Decision> good = new ArrayList<>();
        for (Decision decision : decisions) {
            rows++;
            if (decision.bad()) {
                bad++;
                if (decision.problems().stream().anyMatch(ImportProblem::duplicate)) {
                    duplicates++;
                }
                report.addAll(decision.problems());
            } else {
                good.add(decision);
                if (decision.action() == Action.INSERT) {
                    toInsert++;
                } else if (decision.changesNothing()) {
                    unchanged++;
                } else if (!write) {
                    toUpdate++;
                }
            }
        }
        report(report);
        // all or nothing: after the first bad row nothing more is written; it is all rolled back anyway
        if (write && !(upload.onError() == ImportErrorPolicy.REFUSE && bad + lateBad.get() > 0)) {
            Writing next = prepare(good);
            if (writer == null) {
                long writeStarted = System.nanoTime();
                write(next);
                writeNanos += System.nanoTime() - writeStarted;
            } else {
                while (writing.size() >= WRITERS) {
                    awaitOldestWriting();
                }
                writing.add(writer.submit(new DelegatingSecurityContextRunnable(() -> {
                    long writeStarted = System.nanoTime();
                    write(next);
                    concurrentWriteNanos.addAndGet(System.nanoTime() - writeStarted);
                })));
            }
        }
        done += chunk.size();
        progress.done(done);
    }

    /** Waits for every chunk being written and passes on what went wrong there. */
    private void awaitWriting() {
        while (!writing.isEmpty()) {
            awaitOldestWriting();
        }
        writeNanos += concurrentWriteNanos.getAndSet(0);
    }

    private void awaitOldestWriting() {
        try {
            writing.removeFirst().get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause());
        }
    }

    /** Report lines are kept in a transaction of their own: a refused import rolls back, its report stays. */
    private synchronized void report(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        int first = problemSeq;
        reportTransaction.executeWithoutResult(status -> store.addProblems(upload.id(), first, problems));
        problemSeq += problems.size();
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

    /** What one chunk writes: its new cards made ready, and its updates. */
    private record Writing(List<Decision> inserts, PreparedCards cards, List<Decision> updates) {
    }

    /** Makes the chunk's new cards ready — numbers, grams, completeness — on the checking thread. */
    private Writing prepare(List<Decision> good) {
        List<Decision> inserts = good.stream().filter(d -> d.action() == Action.INSERT).toList();
        List<Decision> updates = good.stream().filter(d -> d.action() == Action.UPDATE).toList();
        PreparedCards cards = imports.prepare(inserts.stream().map(Decision::facts).toList(),
                CustomerListImports.SOURCE, user);
        return new Writing(inserts, cards, updates);
    }

    private void write(Writing writing) {
        List<Decision> inserts = writing.inserts();
        if (!inserts.isEmpty()) {
            Runnable file = () -> {
                List<FiledCard> cards = imports.fileAll(writing.cards(), reason, user);
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
            inserted.addAndGet(inserts.size());
        }
        writing.updates().forEach(this::update);
    }

    private void update(Decision decision) {
        UnaryOperator<CustomerFacts> overlay = overlay(decision.row());
        try {
            List<String> changed = upload.onError() == ImportErrorPolicy.REFUSE
                    ? imports.update(decision.match().id(), overlay, reason, CustomerListImports.SOURCE, user)
                    : transactions.execute(status -> imports.update(decision.match().id(), overlay, reason,
                            CustomerListImports.SOURCE, user));
            if (changed == null || changed.isEmpty()) {
                unchangedWritten.incrementAndGet();
            } else {
                updated.incrementAndGet();
            }
        } catch (InvalidField invalid) {
            writingFailed(problem(decision.row(), invalid));
        } catch (DomainProblem problem) {
            writingFailed(problem(decision.row().number(), ImportField.ARCHIVE_NO, decision.match().archiveNo(),
                    false, problem.messageCode(), problem.arguments()));
        }
    }

    /** A row found bad only while writing it (say the card became someone else's meanwhile). */
    private void writingFailed(ImportProblem problem) {
        report(List.of(problem));
        lateBad.incrementAndGet();
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
