package com.logicrm.collection;

import com.logicrm.customer.LifecycleStage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code collection.tracking_record}, in the caller's transaction. */
@Component
class TrackingRecords {

    private static final String COLUMNS = """
            id, customer_id, customer_name, archive_no, tracked_on, method, contact_name, content, feedback,
            next_step, next_date, stage_before, stage_after, recorded_by, recorded_by_name, recorded_at, catalogue_no""";
    private final JdbcClient jdbc;

    TrackingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(TrackingRecord r) {
        return jdbc.sql("""
                insert into collection.tracking_record (customer_id, customer_name, archive_no, tracked_on, method,
                    contact_name, content, feedback, next_step, next_date, stage_before, stage_after, recorded_by,
                    recorded_by_name, recorded_at, catalogue_no)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.customerId(), r.customerName(), r.archiveNo(), r.trackedOn(), r.method().name(),
                        r.contactName(), r.content(), r.feedback(), r.nextStep(), r.nextDate(), r.stageBefore().name(),
                        r.stageAfter().name(), r.recordedBy(), r.recordedByName(),
                        OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC), r.catalogueNo())
                .query(Long.class).single();
    }

    List<TrackingRecord> of(long customerId) {
        return jdbc.sql("select " + COLUMNS + " from collection.tracking_record where customer_id = ? "
                + "order by tracked_on desc, id desc").param(customerId).query((row, n) -> record(row)).list();
    }

    Optional<TrackingRecord> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from collection.tracking_record where id = ?").param(id)
                .query((row, n) -> record(row)).optional();
    }

    private static TrackingRecord record(ResultSet row) throws SQLException {
        return new TrackingRecord(row.getLong("id"), row.getLong("customer_id"), row.getString("customer_name"),
                row.getString("archive_no"), row.getObject("tracked_on", LocalDate.class),
                TrackingMethod.valueOf(row.getString("method")), row.getString("contact_name"),
                row.getString("content"), row.getString("feedback"), row.getString("next_step"),
                row.getObject("next_date", LocalDate.class), LifecycleStage.valueOf(row.getString("stage_before")),
                LifecycleStage.valueOf(row.getString("stage_after")), row.getString("recorded_by"),
                row.getString("recorded_by_name"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getString("catalogue_no"));
    }
}
