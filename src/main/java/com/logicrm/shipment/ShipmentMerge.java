package com.logicrm.shipment;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

/**
 * Merges checked, resolved rows into the shipments and their monthly summary (TXN-2, TXN-5), for the
 * batch API, the bulk path and the file load alike. Idempotency is the shipments' primary key
 * (customer, order date, source, external id).
 *
 * <p>Most loads bring only new shipments (a new day, a first load), so the merge first tries the
 * plain way, inside a savepoint: insert every row, then add every row's figures to its months. A plain
 * insert is a third cheaper than one that arbitrates conflicts row by row, and the figures are summed
 * straight from the incoming rows instead of from what the insert returned. If any row is already
 * there (a repeated batch, an overlapping file, another instance loading the same rows), the key
 * refuses it, the savepoint is rolled back, and the careful statement runs: rows already loaded are
 * skipped ({@code on conflict do nothing}) and only the stored ones are summed.
 */
@Component
class ShipmentMerge {

    /** The columns of the incoming rows, in order: the arrays of a batch and the bulk path's staging table. */
    static final String INCOMING_COLUMNS = """
            source, external_id, customer_id, ordered_on, service_type, origin_region, destination_region,
            pieces, weight_kg, volume_m3, revenue, cost, picked_up_at, promised_at, delivered_at,
            damaged_pieces, lost_pieces, wrong_dispatch, traffic_accident, storage_damaged_pieces,
            packaging_defect, direct_delivery, feedback_timely""";

    private static final String INSERT = "insert into shipment.shipment (" + INCOMING_COLUMNS + ") select "
            + INCOMING_COLUMNS + " from (%s) incoming";

    private static final String CAREFUL = """
            with stored as (
                %s
                on conflict do nothing
                returning %s
            ), summed as (
                %s
                returning 1
            )
            select (select count(*) from stored) as loaded""";

    private final JdbcClient jdbc;

    ShipmentMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Merges the rows of {@code incoming} (a query giving {@link #INCOMING_COLUMNS}, with {@code params})
     * within the transaction of {@code status}; answers how many became shipments.
     */
    long merge(TransactionStatus status, String incoming, Object... params) {
        // a chunk of 50,000 rows keeps its rows and the month sums' hash in memory instead of temporary files
        jdbc.sql("set local work_mem = '64MB'").update();
        Object savepoint = status.createSavepoint();
        try {
            long inserted = jdbc.sql(INSERT.formatted(incoming)).params(params).update();
            jdbc.sql(MonthFigures.addTo("(" + incoming + ") incoming")).params(params).update();
            status.releaseSavepoint(savepoint);
            return inserted;
        } catch (DuplicateKeyException alreadyLoaded) {
            status.rollbackToSavepoint(savepoint);
            return jdbc.sql(CAREFUL.formatted(INSERT.formatted(incoming), MonthFigures.SHIPMENT_COLUMNS,
                    MonthFigures.addTo("stored"))).params(params).query(Long.class).single();
        }
    }
}
