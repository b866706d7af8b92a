package com.logicrm.collection;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps uploaded import files, their settings, outcome and report, and the named mappings. */
@Component
class ImportStore {

    /** An upload as the importer works with it. */
    record Upload(long id, String owner, String fileName, long sizeBytes, ImportFormat format,
            String detectedEncoding, String encoding, List<String> headers, List<List<String>> samples,
            List<String> mapping, ImportMode mode,
            ImportErrorPolicy onError, ImportState state, Long jobId, Locale locale, ImportCounts counts,
            Instant createdAt, Instant finishedAt) {
    }

    private static final String COLUMNS = """
            id, owner, file_name, size_bytes, format, detected_encoding, encoding, headers, samples, mapping, mode, on_error,
            state, job_id, locale, rows_total, rows_bad, duplicates, to_insert, to_update, inserted, updated,
            unchanged, created_at, finished_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ImportStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long save(String owner, String fileName, byte[] content, ImportFormat format, String detectedEncoding,
            String encoding, List<String> headers, List<List<String>> samples, List<String> mapping, Locale locale) {
        return jdbc.sql("""
                insert into collection.customer_import (owner, file_name, content, size_bytes, format,
                    detected_encoding, encoding, headers, samples, mapping, locale)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(owner, fileName, content, (long) content.length, format.name(), detectedEncoding, encoding,
                        headers.toArray(String[]::new), joined(samples), mapping.toArray(String[]::new),
                        locale.toLanguageTag())
                .query(Long.class)
                .single();
    }

    Optional<Upload> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from collection.customer_import where id = ?")
                .param(id)
                .query(ImportStore::upload)
                .optional();
    }

    List<Upload> recent(String owner, int limit) {
        return jdbc.sql("select " + COLUMNS + " from collection.customer_import where owner = ? order by id desc limit ?")
                .params(owner, limit)
                .query(ImportStore::upload)
                .list();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from collection.customer_import where id = ?")
                .param(id)
                .query((row, number) -> row.getBytes(1))
                .single();
    }

    void settings(long id, String encoding, List<String> headers, List<List<String>> samples, List<String> mapping,
            ImportMode mode, ImportErrorPolicy onError) {
        jdbc.sql("""
                update collection.customer_import set encoding = ?, headers = ?, samples = ?, mapping = ?, mode = ?,
                    on_error = ?
                where id = ?""")
                .params(encoding, headers.toArray(String[]::new), joined(samples), mapping.toArray(String[]::new),
                        mode.name(), onError.name(), id)
                .update();
    }

    /** Moves to {@code to} only from one of {@code from}, so two clicks cannot start two jobs. */
    boolean start(long id, ImportState to, long jobId, List<ImportState> from) {
        return jdbc.sql("""
                update collection.customer_import set state = ?, job_id = ?, finished_at = null
                where id = ? and state = any(?)""")
                .params(to.name(), jobId, id, from.stream().map(Enum::name).toArray(String[]::new))
                .update() == 1;
    }

    void finish(long id, ImportState state, ImportCounts counts) {
        jdbc.sql("""
                update collection.customer_import set state = ?, rows_total = ?, rows_bad = ?, duplicates = ?,
                    to_insert = ?, to_update = ?, inserted = ?, updated = ?, unchanged = ?, finished_at = now(),
                    content = case when ? = 'IMPORTED' then null else content end
                where id = ?""")
                .params(state.name(), counts.rows(), counts.bad(), counts.duplicates(), counts.toInsert(),
                        counts.toUpdate(), counts.inserted(), counts.updated(), counts.unchanged(), state.name(), id)
                .update();
    }

    void clearProblems(long id) {
        jdbc.sql("delete from collection.import_problem where import_id = ?").param(id).update();
    }

    void addProblems(long id, int firstSeq, List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<Object[]> rows = new java.util.ArrayList<>(problems.size());
        for (int i = 0; i < problems.size(); i++) {
            ImportProblem problem = problems.get(i);
            rows.add(new Object[] {id, firstSeq + i, problem.row(), cut(problem.column(), 200),
                    cut(problem.value(), 500), cut(problem.reason(), 1000), problem.duplicate()});
        }
        batch.batchUpdate("""
                insert into collection.import_problem (import_id, seq, row_no, column_name, value, reason, duplicate)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    List<ImportProblem> problems(long id, int limit) {
        return jdbc.sql("""
                select row_no, column_name, value, reason, duplicate from collection.import_problem
                where import_id = ? order by seq limit ?""")
                .params(id, limit)
                .query(ImportStore::problem)
                .list();
    }

    void eachProblem(long id, java.util.function.Consumer<ImportProblem> each) {
        jdbc.sql("""
                select row_no, column_name, value, reason, duplicate from collection.import_problem
                where import_id = ? order by seq""")
                .param(id)
                .query(row -> {
                    each.accept(problem(row, 0));
                });
    }

    long saveTemplate(String name, Map<String, String> mapping, String by) {
        return jdbc.sql("""
                insert into collection.import_template (name, headers, fields, created_by) values (?, ?, ?, ?)
                on conflict (lower(name)) do update set headers = excluded.headers, fields = excluded.fields,
                    created_by = excluded.created_by, created_at = now()
                returning id""")
                .params(name, mapping.keySet().toArray(String[]::new), mapping.values().toArray(String[]::new), by)
                .query(Long.class)
                .single();
    }

    List<ImportTemplate> templates() {
        return jdbc.sql("select id, name, headers, fields, created_by from collection.import_template order by lower(name)")
                .query(ImportStore::template)
                .list();
    }

    Optional<ImportTemplate> template(long id) {
        return jdbc.sql("select id, name, headers, fields, created_by from collection.import_template where id = ?")
                .param(id)
                .query(ImportStore::template)
                .optional();
    }

    boolean deleteTemplate(long id) {
        return jdbc.sql("delete from collection.import_template where id = ?").param(id).update() == 1;
    }

    private static ImportTemplate template(ResultSet row, int number) throws SQLException {
        List<String> headers = strings(row.getArray("headers"));
        List<String> fields = strings(row.getArray("fields"));
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            mapping.put(headers.get(i), fields.get(i));
        }
        return new ImportTemplate(row.getLong("id"), row.getString("name"), mapping, row.getString("created_by"));
    }

    private static ImportProblem problem(ResultSet row, int number) throws SQLException {
        return new ImportProblem(row.getInt("row_no"), row.getString("column_name"), row.getString("value"),
                row.getString("reason"), row.getBoolean("duplicate"));
    }

    private static Upload upload(ResultSet row, int number) throws SQLException {
        long jobId = row.getLong("job_id");
        Long job = row.wasNull() ? null : jobId;
        ImportCounts counts = new ImportCounts(integer(row, "rows_total"), integer(row, "rows_bad"),
                integer(row, "duplicates"), integer(row, "to_insert"), integer(row, "to_update"),
                integer(row, "inserted"), integer(row, "updated"), integer(row, "unchanged"));
        return new Upload(row.getLong("id"), row.getString("owner"), row.getString("file_name"),
                row.getLong("size_bytes"), ImportFormat.valueOf(row.getString("format")),
                row.getString("detected_encoding"), row.getString("encoding"), strings(row.getArray("headers")),
                strings(row.getArray("samples")).stream().map(ImportStore::split).toList(),
                strings(row.getArray("mapping")), ImportMode.valueOf(row.getString("mode")),
                ImportErrorPolicy.valueOf(row.getString("on_error")), ImportState.valueOf(row.getString("state")),
                job, Locale.forLanguageTag(row.getString("locale")), counts, instant(row, "created_at"),
                instant(row, "finished_at"));
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static final String CELL_SEPARATOR = "\u001f";

    private static String[] joined(List<List<String>> rows) {
        return rows.stream().map(cells -> String.join(CELL_SEPARATOR, cells)).toArray(String[]::new);
    }

    private static List<String> split(String row) {
        return List.of(row.split(CELL_SEPARATOR, -1));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
