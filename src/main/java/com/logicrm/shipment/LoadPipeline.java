package com.logicrm.shipment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Runs bulk loads of independent chunks on a few connections at once while the caller makes the next
 * chunk. One merge keeps one PostgreSQL backend busy and the making of rows one Java thread; on two
 * cores the two only overlap if the loads run beside the maker. At most one chunk more than there
 * are workers waits in memory. A failed chunk fails the whole run when its result is collected.
 */
final class LoadPipeline implements AutoCloseable {

    private final ExecutorService workers;
    private final Semaphore room;
    private final List<Future<Long>> pending = new ArrayList<>();

    LoadPipeline(int workers) {
        AtomicInteger numbers = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers,
                work -> new Thread(work, "bulk-load-" + numbers.incrementAndGet()));
        this.room = new Semaphore(workers + 1);
    }

    /** The number of loads to run at once on this machine: one per core, at least one, at most four. */
    static int workersHere() {
        return Math.min(4, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** Queues one load, waiting while the queue is full; {@code load} answers how many rows it stored. */
    void submit(LongSupplier load) {
        try {
            room.acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to load", interrupted);
        }
        pending.add(workers.submit(() -> {
            try {
                return load.getAsLong();
            } finally {
                room.release();
            }
        }));
    }

    /** Waits for every queued load; answers the rows they stored, or throws the first failure. */
    long await() {
        long loaded = 0;
        for (Future<Long> load : pending) {
            try {
                loaded += load.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a load", interrupted);
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(failed.getCause());
            }
        }
        pending.clear();
        return loaded;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
