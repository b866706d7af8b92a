package com.logicrm.shipment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The uploaded shipment files, their state and counts, and their line errors. */
@Component
class FileLoadStore {

    private final JdbcClient jdbc;

    FileLoadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Upload(long id, String owner, String source, String fileName, boolean refuseOnError, Locale locale) {
    }

    long insert(String owner, String source, String fileName, boolean refuseOnError, Locale locale, byte[] content) {
        return jdbc.sql("""
                insert into shipment.file_load (owner, source, file_name, on_error, locale, content)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(owner, source, fileName, refuseOnError ? "REFUSE" : "SKIP", locale.toLanguageTag(), content)
                .query(Long.class).single();
    }

    void started(long id, long jobId) {
        jdbc.sql("update shipment.file_load set job_id = ? where id = ?").params(jobId, id).update();
    }

    void state(long id, String state) {
        jdbc.sql("update shipment.file_load set state = ? where id = ?").params(state, id).update();
    }

    void finish(long id, String state, FileLoadRun.Counts counts) {
        jdbc.sql("""
                update shipment.file_load set state = ?, lines = ?, loaded = ?, already_loaded = ?, rejected = ?,
                    finished_at = now()
                where id = ?""")
                .params(state, counts == null ? null : counts.lines(), counts == null ? null : counts.loaded(),
                        counts == null ? null : counts.alreadyLoaded(), counts == null ? null : counts.rejected(), id)
                .update();
    }

    Optional<Upload> find(long id) {
        return jdbc.sql("select id, owner, source, file_name, on_error, locale from shipment.file_load where id = ?")
                .param(id)
                .query((row, n) -> new Upload(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        "REFUSE".equals(row.getString(5)), Locale.forLanguageTag(row.getString(6))))
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from shipment.file_load where id = ?").param(id).query(byte[].class).single();
    }

    Optional<FileLoad> view(long id, String owner) {
        return jdbc.sql("""
                select id, file_name, source, on_error, state, job_id, lines, loaded, already_loaded, rejected
                from shipment.file_load where id = ? and lower(owner) = lower(?)""")
                .params(id, owner)
                .query((row, n) -> new FileLoad(row.getLong(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), (Long) row.getObject(6), (Long) row.getObject(7),
                        (Long) row.getObject(8), (Long) row.getObject(9), (Long) row.getObject(10), 0, null,
                        errors(id)))
                .optional();
    }

    /** The first errors of a load by line, at most {@code FileLoad.MAX_ERRORS}. */
    private List<FileLoad.LineError> errors(long id) {
        return jdbc.sql("select line_no, field, code from shipment.file_load_error where load_id = ? "
                + "order by line_no, field, code limit " + FileLoad.MAX_ERRORS)
                .param(id)
                .query((row, n) -> new FileLoad.LineError(row.getLong(1), row.getString(2), row.getString(3)))
                .list();
    }
}
