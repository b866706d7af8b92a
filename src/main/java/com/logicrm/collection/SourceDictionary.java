package com.logicrm.collection;

import com.logicrm.customer.InformationSource;
import com.logicrm.customer.InformationSources;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code collection.source_method}, offered to the archive as its {@link InformationSources}. */
@Component
class SourceDictionary implements InformationSources {

    private static final String COLUMNS = "code, channel, name_zh, name_en, active from collection.source_method";
    private final JdbcClient jdbc;

    SourceDictionary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean accepts(String code) {
        return jdbc.sql("select exists (select 1 from collection.source_method where code = ? and active)")
                .param(code).query(Boolean.class).single();
    }

    @Override
    public List<InformationSource> active() {
        return jdbc.sql("select " + COLUMNS + " where active order by position, code")
                .query((row, n) -> source(row)).list();
    }

    @Override
    public Optional<InformationSource> find(String code) {
        return jdbc.sql("select " + COLUMNS + " where code = ?").param(code).query((row, n) -> source(row)).optional();
    }

    List<InformationSource> all() {
        return jdbc.sql("select " + COLUMNS + " order by position, code").query((row, n) -> source(row)).list();
    }

    boolean add(InformationSource source) {
        return jdbc.sql("""
                insert into collection.source_method (code, channel, name_zh, name_en, active, position)
                select ?, ?, ?, ?, true, coalesce(max(position), 0) + 10 from collection.source_method
                on conflict (code) do nothing""")
                .params(source.code(), source.channel(), source.nameZh(), source.nameEn()).update() == 1;
    }

    boolean change(InformationSource source) {
        return jdbc.sql("update collection.source_method set channel = ?, name_zh = ?, name_en = ?, active = ? "
                + "where code = ?")
                .params(source.channel(), source.nameZh(), source.nameEn(), source.active(), source.code())
                .update() == 1;
    }

    private static InformationSource source(java.sql.ResultSet row) throws java.sql.SQLException {
        return new InformationSource(row.getString("code"), row.getString("channel"), row.getString("name_zh"),
                row.getString("name_en"), row.getBoolean("active"));
    }
}
