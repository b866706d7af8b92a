package com.logicrm.shipment;

import com.logicrm.access.AuditTrail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps a batch of invoices, payments or returns goes through once its items are checked: items
 * whose key repeats in the batch are refused (which copy is right is unknown), the customers are
 * resolved for the whole batch, a last batch-wide check may refuse more, and the good rows are merged
 * with their audit row in one transaction (the merge itself may still refuse a row it cannot store).
 */
@Component
class BatchSteps {

    private final CustomerLookup lookup;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    BatchSteps(CustomerLookup lookup, TransactionTemplate transaction, AuditTrail audit) {
        this.lookup = lookup;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** How one kind of row is handled. */
    record Kind<R>(ToIntFunction<R> index, Function<R, ShipmentRow.CustomerRef> customer, Function<R, Object> key,
            String keyField, String auditAction) {
    }

    /** What a merge did: rows newly stored, and rows it refused while storing, each with its problem. */
    record Merged(long loaded, List<ItemProblem> refused) {

        static Merged of(long loaded) {
            return new Merged(loaded, List.of());
        }
    }

    /** Stores the good rows of a batch, their customers known, inside the batch's transaction. */
    interface Merge<R> {
        Merged merge(List<R> rows, Map<R, Long> customers);
    }

    /** A check of the batch with its customers known: the rows it refuses, each with a problem. */
    interface BatchCheck<R> {
        Map<R, ItemProblem> refused(List<R> rows, Map<R, Long> customers);
    }

    <R> LoadResult load(Kind<R> kind, int received, List<R> checked, List<ItemProblem> problems,
            BatchCheck<R> batchCheck, Merge<R> merge, String actor) {
        List<ItemProblem> all = new ArrayList<>(problems);
        Map<Object, Long> occurrences = new HashMap<>();
        checked.forEach(row -> occurrences.merge(kind.key().apply(row), 1L, Long::sum));
        Map<ShipmentRow.CustomerRef, Long> ids = lookup.resolve(checked.stream().map(kind.customer()).toList());
        Map<R, Long> customers = new HashMap<>();
        List<R> good = new ArrayList<>();
        for (R row : checked) {
            Long id = ids.get(kind.customer().apply(row));
            if (occurrences.get(kind.key().apply(row)) > 1) {
                all.add(new ItemProblem(kind.index().applyAsInt(row), kind.keyField(), "duplicateInBatch"));
            } else if (id == null) {
                all.add(new ItemProblem(kind.index().applyAsInt(row), kind.customer().apply(row).field(),
                        "customerUnknown"));
            } else {
                customers.put(row, id);
                good.add(row);
            }
        }
        Map<R, ItemProblem> refused = batchCheck.refused(good, customers);
        all.addAll(refused.values());
        List<R> merged = good.stream().filter(row -> !refused.containsKey(row)).toList();
        Merged done = merged.isEmpty() ? Merged.of(0) : transaction.execute(status -> {
            Merged result = merge.merge(merged, customers);
            int refusedNow = result.refused().size();
            String summary = "%d received, %d loaded, %d already loaded, %d refused".formatted(received,
                    result.loaded(), merged.size() - result.loaded() - refusedNow,
                    received - merged.size() + refusedNow);
            if (actor == null) {
                audit.record(kind.auditAction(), "shipment", null, summary);
            } else {
                audit.recordFor(actor, kind.auditAction(), "shipment", null, summary);
            }
            return result;
        });
        all.addAll(done.refused());
        all.sort(Comparator.comparingInt(ItemProblem::index));
        int loaded = (int) done.loaded();
        int rejected = received - merged.size() + done.refused().size();
        return new LoadResult(received, loaded, received - loaded - rejected, rejected, all);
    }

    /** No batch-wide check beyond keys and customers. */
    static <R> BatchCheck<R> none() {
        return (rows, customers) -> Map.of();
    }
}
