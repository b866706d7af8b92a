package com.logicrm.realdata;

import com.logicrm.access.SignedInUser;
import com.logicrm.classification.Basis;
import com.logicrm.classification.ClassificationRuns;
import com.logicrm.classification.RunBusy;
import com.logicrm.classification.RunRequest;
import com.logicrm.classification.RunState;
import com.logicrm.classification.RunView;
import com.logicrm.collection.CustomerImportView;
import com.logicrm.collection.CustomerListImports;
import com.logicrm.collection.ImportErrorPolicy;
import com.logicrm.collection.ImportMode;
import com.logicrm.collection.ImportSettings;
import com.logicrm.collection.ImportState;
import com.logicrm.customer.ArchiveMatch;
import com.logicrm.customer.CustomerImports;
import com.logicrm.shipment.FileLoad;
import com.logicrm.shipment.LoadResult;
import com.logicrm.shipment.ReturnItem;
import com.logicrm.shipment.ReturnManagement;
import com.logicrm.shipment.ShipmentFileLoads;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The product's own load paths, each followed to its end as a person on the pages would follow it:
 * customers through the customer import (信息收集 → 客户导入: upload, import job, report), shipments
 * through the shipment file load (运单文件导入, one file of at most {@value #LINES_PER_FILE} lines at a
 * time, as the upload limit would cut them), returns through the returns batch, and a classification
 * run. Nothing is written past them.
 */
@Component
class ProductLoads {

    /** What one shipment file holds at most: about 8 MB of lines, well inside the 20 MB upload limit. */
    static final int LINES_PER_FILE = 100_000;
    static final int RETURNS_PER_BATCH = 5_000;
    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final String CUSTOMER_HEADER = "客户名称,简称,行业,详细地址,标签,开始合作日期";
    private static final String SHIPMENT_HEADER = "externalId,customerId,customerArchiveNo,customerCreditCode,"
            + "orderedOn,serviceType,pieces,weightKg,volumeM3,revenue,cost,pickedUpAt,promisedAt,deliveredAt";
    private static final Duration PATIENCE = Duration.ofHours(2);

    private final CustomerListImports imports;
    private final CustomerImports archive;
    private final ShipmentFileLoads shipmentFiles;
    private final ReturnManagement returns;
    private final ClassificationRuns runs;

    ProductLoads(CustomerListImports imports, CustomerImports archive, ShipmentFileLoads shipmentFiles,
            ReturnManagement returns, ClassificationRuns runs) {
        this.imports = imports;
        this.archive = archive;
        this.shipmentFiles = shipmentFiles;
        this.returns = returns;
        this.runs = runs;
    }

    /** One row of a customer file: the columns of the import the profiles fill. */
    record CustomerLine(String name, String shortName, String industry, String address, String tags,
            LocalDate tradingSince) {

        String csv() {
            return String.join(",", CsvFile.cell(name), CsvFile.cell(shortName), CsvFile.cell(industry),
                    CsvFile.cell(address), CsvFile.cell(tags), tradingSince == null ? "" : tradingSince.toString());
        }
    }

    /**
     * What the import did with the customer file, and the archive's current customer for each name in
     * it — those it filed now and those filed by an earlier run, which the import skipped as already in
     * the archive.
     */
    record FiledCustomers(int rows, int filed, int skipped, int duplicates, Map<String, ArchiveMatch> byName) {
    }

    /** Imports {@code lines} as new customers (rows already in the archive are skipped and reported). */
    FiledCustomers importCustomers(String fileName, List<CustomerLine> lines, SignedInUser user) {
        StringBuilder file = new StringBuilder(CUSTOMER_HEADER).append('\n');
        lines.forEach(line -> file.append(line.csv()).append('\n'));
        CustomerImportView upload = imports.upload(fileName, file.toString().getBytes(StandardCharsets.UTF_8),
                "UTF-8", null, LOCALE, user);
        imports.configure(upload.id(), new ImportSettings(null, null, ImportMode.INSERT, ImportErrorPolicy.SKIP), user);
        imports.start(upload.id(), false, user);
        CustomerImportView done = await("customer import " + upload.id(), () -> imports.view(upload.id(), user),
                view -> !view.state().busy() && view.state() != ImportState.UPLOADED
                        && (view.job() == null || view.job().status().finished()));
        if (done.state() != ImportState.IMPORTED) {
            throw new IllegalStateException("customer import " + upload.id() + " ended " + done.state()
                    + (done.job() == null ? "" : ": " + done.job().failure()));
        }
        Map<String, ArchiveMatch> byName = archive.currentByName(lines.stream().map(CustomerLine::name).toList());
        return new FiledCustomers(done.counts().rows(), done.counts().inserted(), done.counts().bad(),
                done.counts().duplicates(), byName);
    }

    /** What the shipment file loads did, summed over the files, with the first bad lines of each. */
    record LoadedShipments(int files, long lines, long loaded, long alreadyLoaded, long rejected,
            List<FileLoad.LineError> firstErrors) {
    }

    /** Loads shipment lines (the file load's 14 columns, no header) in files; bad lines are skipped and counted. */
    LoadedShipments loadShipments(String source, String fileName, List<String> lines, SignedInUser user) {
        int files = 0;
        long read = 0;
        long loaded = 0;
        long already = 0;
        long rejected = 0;
        List<FileLoad.LineError> errors = new ArrayList<>();
        for (int start = 0; start < lines.size(); start += LINES_PER_FILE) {
            List<String> part = lines.subList(start, Math.min(lines.size(), start + LINES_PER_FILE));
            StringBuilder file = new StringBuilder(SHIPMENT_HEADER).append('\n');
            part.forEach(line -> file.append(line).append('\n'));
            String name = lines.size() <= LINES_PER_FILE ? fileName : fileName.replaceFirst("(\\.csv)?$",
                    "-" + (start / LINES_PER_FILE + 1) + ".csv");
            FileLoad started = shipmentFiles.start(source, name, "SKIP", file.toString().getBytes(StandardCharsets.UTF_8),
                    LOCALE, user);
            FileLoad load = await("shipment file load " + started.id(), () -> shipmentFiles.get(started.id(), user),
                    FileLoad::finished);
            if (!load.state().equals("LOADED")) {
                throw new IllegalStateException("shipment file load " + load.id() + " ended " + load.state() + ": "
                        + load.failure());
            }
            files++;
            read += load.lines();
            loaded += load.loaded();
            already += load.alreadyLoaded();
            rejected += load.rejected();
            load.errors().stream().limit(20).forEach(errors::add);
        }
        return new LoadedShipments(files, read, loaded, already, rejected, List.copyOf(errors));
    }

    /** What the returns batches did, summed. */
    record LoadedReturns(long received, long loaded, long alreadyLoaded, long rejected) {
    }

    LoadedReturns loadReturns(String source, List<ReturnItem> items, SignedInUser user) {
        long loaded = 0;
        long already = 0;
        long rejected = 0;
        for (int start = 0; start < items.size(); start += RETURNS_PER_BATCH) {
            LoadResult result = returns.load(source,
                    items.subList(start, Math.min(items.size(), start + RETURNS_PER_BATCH)), user);
            loaded += result.loaded();
            already += result.alreadyLoaded();
            rejected += result.rejected();
        }
        return new LoadedReturns(items.size(), loaded, already, rejected);
    }

    /**
     * Runs a classification by revenue with the default thresholds and RFM quintiles for the period,
     * waiting while another run is under way, and returns the finished run with its summary.
     */
    RunView classify(LocalDate from, LocalDate to, SignedInUser user) {
        RunRequest request = new RunRequest(from, to, Basis.REVENUE, null, null);
        Instant deadline = Instant.now().plus(PATIENCE);
        RunView started;
        while (true) {
            try {
                started = runs.start(request, user);
                break;
            } catch (RunBusy busy) {
                if (Instant.now().isAfter(deadline)) {
                    throw busy;
                }
                pause();
            }
        }
        long id = started.id();
        RunView run = await("classification run " + id, () -> runs.get(id, user),
                view -> view.state() == RunState.SUCCEEDED || view.state() == RunState.FAILED);
        if (run.state() != RunState.SUCCEEDED) {
            throw new IllegalStateException("classification run " + id + " failed: " + run.failure());
        }
        return run;
    }

    private static <T> T await(String what, Supplier<T> read, java.util.function.Predicate<T> finished) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            T now = read.get();
            if (finished.test(now)) {
                return now;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " has not finished in " + PATIENCE);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", interrupted);
        }
    }
}
