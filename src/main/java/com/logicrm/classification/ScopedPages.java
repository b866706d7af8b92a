package com.logicrm.classification;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Pages of classification rows (kept for the whole company) as one reader sees them: the archive
 * decides which customers of each batch the reader may see ({@link CustomerDirectory}), batch after
 * batch in the rows' keyset order until the page is full. A narrow scope over many rows may need many
 * batches, so one page reads at most {@link #MAX_SCANNED} rows and hands back where it stopped.
 */
public final class ScopedPages {

    static final int BATCH = 500;
    public static final int MAX_SCANNED = 20_000;

    /** Rows after a key in keyset order, {@code size} at most. */
    @FunctionalInterface
    public interface Batch<R, K> {
        List<R> after(K key, int size);
    }

    /** The page's items, and the key to continue after (null when there is nothing more). */
    public record Page<T, K>(List<T> items, K nextAfter) {

        public Page {
            items = List.copyOf(items);
        }
    }

    private ScopedPages() {
    }

    public static <R, K, T> Page<T, K> fill(Batch<R, K> rows, ToLongFunction<R> customerId, Function<R, K> key,
            BiFunction<R, CustomerDirectory.Listed, T> named, K after, int size, CustomerDirectory directory,
            SignedInUser user) {
        List<T> found = new ArrayList<>();
        K position = after;
        int scanned = 0;
        while (scanned < MAX_SCANNED) {
            List<R> batch = rows.after(position, BATCH);
            if (batch.isEmpty()) {
                return new Page<>(found, null);
            }
            Map<Long, CustomerDirectory.Listed> visible = directory.visible(
                    batch.stream().map(customerId::applyAsLong).toList(), user).stream()
                    .collect(Collectors.toMap(CustomerDirectory.Listed::id, Function.identity()));
            for (R row : batch) {
                position = key.apply(row);
                CustomerDirectory.Listed customer = visible.get(customerId.applyAsLong(row));
                if (customer != null) {
                    found.add(named.apply(row, customer));
                    if (found.size() == size) {
                        return new Page<>(found, position);
                    }
                }
            }
            scanned += batch.size();
            if (batch.size() < BATCH) {
                return new Page<>(found, null);
            }
        }
        return new Page<>(found, position);
    }
}
