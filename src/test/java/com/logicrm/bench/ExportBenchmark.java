package com.logicrm.bench;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.CustomerListExports;
import com.logicrm.collection.ExportFormat;
import com.logicrm.collection.PreparedExport;
import com.logicrm.customer.CustomerQuery;
import com.logicrm.customer.CustomerSort;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Exports the whole archive through the product's export (as the supervisor, who may export in bulk)
 * to a stream that only counts bytes, sampling the used heap meanwhile, beside a bare
 * {@code COPY (select …) TO STDOUT} of the same columns and rows in the same run.
 */
final class ExportBenchmark {

    private static final String COLUMNS = """
            c.id, c.archive_no, c.name, c.short_name, c.kind, c.category, c.stage, c.credit_code, c.region_code,
            c.address, c.industry, c.phone, c.mobile, c.email, c.website, c.needs_segment, c.tags, c.owner_id,
            c.completeness, c.confidentiality, c.created_at""";

    private ExportBenchmark() {
    }

    record Figures(ExportFormat format, long rows, double seconds, long bytes, long heapBeforeMb, long heapPeakMb,
            long heapPeakFirstHalfMb, long heapPeakSecondHalfMb, long maxHeapMb, double copySeconds, long copyBytes) {

        double rowsPerSecond() {
            return rows / seconds;
        }

        double copyRowsPerSecond() {
            return rows / copySeconds;
        }

        String markdown() {
            return String.format(Locale.ROOT, "| export of every current customer to %s | %,d | %.1f s | %,.0f rows/s "
                            + "| %,.1f MB | %,d MB before; live after GC peak %,d MB (first half %,d, second half %,d); -Xmx %,d MB "
                            + "| %.1f s | %,.0f rows/s |%n", format.extension(), rows, seconds, rowsPerSecond(),
                    bytes / 1e6, heapBeforeMb, heapPeakMb, heapPeakFirstHalfMb, heapPeakSecondHalfMb, maxHeapMb,
                    copySeconds, copyRowsPerSecond());
        }

        String json() {
            return String.format(Locale.ROOT, "{\"format\": \"%s\", \"rows\": %d, \"seconds\": %.3f, \"rowsPerSecond\": "
                            + "%.0f, \"bytes\": %d, \"heapBeforeMb\": %d, \"heapPeakMb\": %d, \"heapPeakFirstHalfMb\": %d, "
                            + "\"heapPeakSecondHalfMb\": %d, \"maxHeapMb\": %d, \"bareCopySeconds\": %.3f, "
                            + "\"bareCopyRowsPerSecond\": %.0f}", format, rows, seconds, rowsPerSecond(), bytes,
                    heapBeforeMb, heapPeakMb, heapPeakFirstHalfMb, heapPeakSecondHalfMb, maxHeapMb, copySeconds,
                    copyRowsPerSecond());
        }
    }

    static Figures run(ConfigurableApplicationContext context, DataSource dataSource, SignedInUser user,
            ExportFormat format) throws Exception {
        CustomerListExports exports = context.getBean(CustomerListExports.class);
        CustomerQuery everything = new CustomerQuery(null, null, null, null, null, null, null, null, null, null, null,
                null, null, CustomerSort.OLDEST, null, 0);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong bytes = new AtomicLong();
        // (nanoseconds since the start, heap used) every 20 ms; split into halves once the duration is known
        List<long[]> samples = Collections.synchronizedList(new ArrayList<>());
        double copySeconds;
        long copyBytes;
        try (Connection connection = dataSource.getConnection()) {
            AtomicLong copied = new AtomicLong();
            long copyStart = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select " + COLUMNS
                    + " from customer.customer c where c.stage not in ('RETIRED', 'MERGED') order by c.id) "
                    + "to stdout with (format csv)", new CountingStream(copied));
            copySeconds = (System.nanoTime() - copyStart) / 1e9;
            copyBytes = copied.get();
        }
        long start = System.nanoTime();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                samples.add(new long[] {System.nanoTime() - start, liveAfterCollection()});
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        long rows;
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            sampler.start();
            PreparedExport export = exports.prepare(everything, format, user, Locale.SIMPLIFIED_CHINESE);
            rows = exports.write(export, user, Locale.SIMPLIFIED_CHINESE, new CountingStream(bytes));
        } finally {
            sampler.interrupt();
            sampler.join();
            SecurityContextHolder.clearContext();
        }
        long elapsed = System.nanoTime() - start;
        long[] peaks = new long[3];
        synchronized (samples) {
            for (long[] sample : samples) {
                peaks[0] = Math.max(peaks[0], sample[1]);
                int half = sample[0] < elapsed / 2 ? 1 : 2;
                peaks[half] = Math.max(peaks[half], sample[1]);
            }
        }
        long mb = 1024 * 1024;
        return new Figures(format, rows, elapsed / 1e9, bytes.get(), before / mb, peaks[0] / mb, peaks[1] / mb,
                peaks[2] / mb, memory.getHeapMemoryUsage().getMax() / mb, copySeconds, copyBytes);
    }

    /**
     * The heap in use right after the latest collection of each pool: what survives, not the garbage
     * between collections. If rows were kept, this would grow with the export.
     */
    private static long liveAfterCollection() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }

    /** Discards what is written and counts it. */
    private static final class CountingStream extends OutputStream {

        private final AtomicLong count;

        CountingStream(AtomicLong count) {
            this.count = count;
        }

        @Override
        public void write(int b) {
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count.addAndGet(len);
        }
    }
}
