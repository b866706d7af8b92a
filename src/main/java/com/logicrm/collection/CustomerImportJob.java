package com.logicrm.collection;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.OnBehalf;
import com.logicrm.access.People;
import com.logicrm.customer.CustomerImports;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.jobs.JobFailure;
import com.logicrm.shared.jobs.JobHandler;
import com.logicrm.shared.jobs.JobProgress;
import java.nio.charset.Charset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the check or import of one uploaded file in the background, as the person who started it and
 * in their language, and records how it ended on the upload.
 */
@Component
class CustomerImportJob implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(CustomerImportJob.class);

    private final ImportStore store;
    private final ImportVocabulary vocabulary;
    private final CustomerImports imports;
    private final People people;
    private final OnBehalf onBehalf;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    CustomerImportJob(ImportStore store, ImportVocabulary vocabulary, CustomerImports imports, People people,
            OnBehalf onBehalf, AuditTrail audit, MessageSource messages, PlatformTransactionManager transactions) {
        this.store = store;
        this.vocabulary = vocabulary;
        this.imports = imports;
        this.people = people;
        this.onBehalf = onBehalf;
        this.audit = audit;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public String kind() {
        return CustomerListImports.JOB_KIND;
    }

    @Override
    public void run(long jobId, String payload, JobProgress progress) {
        String[] parts = payload.split(":");
        long id = Long.parseLong(parts[0]);
        boolean thenImport = "import".equals(parts[1]);
        ImportStore.Upload upload = store.find(id).orElseThrow(() -> new JobFailure("import " + id + " is gone"));
        LocaleContextHolder.setLocale(upload.locale());
        try {
            onBehalf.run(upload.owner(), user -> {
                List<ImportField> fields = upload.mapping().stream().map(ImportField::byKey).toList();
                Charset encoding = upload.encoding() == null ? null : ImportFormat.encoding(upload.encoding());
                SheetRows sheet = SheetRows.of(store.content(id), upload.format(), encoding);
                ImportRun run = new ImportRun(upload, sheet, new RowReader(fields, vocabulary, people.everyone()),
                        imports, store, messages, transactions, user);
                ImportState end = run.check(progress, thenImport);
                ImportCounts counts = run.counts(end == ImportState.IMPORTED);
                store.finish(id, end, counts);
                log.info("Import {} ({}) ended {}: {} rows, {}", id, upload.fileName(), end, counts.rows(),
                        run.timings());
                if (end == ImportState.IMPORTED) {
                    audit.record("CUSTOMERS_IMPORTED", "import", id, upload.fileName() + ": " + counts.inserted()
                            + " filed, " + counts.updated() + " updated, " + counts.bad() + " rows left out");
                } else if (end == ImportState.REFUSED) {
                    audit.record("CUSTOMER_IMPORT_REFUSED", "import", id, upload.fileName() + ": " + counts.bad()
                            + " bad rows");
                }
            });
        } catch (DomainProblem | AccessDeniedException refused) {
            store.finish(id, ImportState.FAILED, upload.counts());
            String code = refused instanceof DomainProblem problem ? problem.messageCode() : "import.notAllowed";
            Object[] arguments = refused instanceof DomainProblem problem ? problem.arguments() : null;
            throw new JobFailure(messages.getMessage(code, arguments, code, upload.locale()));
        } catch (RuntimeException unexpected) {
            store.finish(id, ImportState.FAILED, upload.counts());
            throw unexpected;
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
