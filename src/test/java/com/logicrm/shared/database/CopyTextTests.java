package com.logicrm.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class CopyTextTests {

    private enum Colour { RED }

    @Test
    void writesValuesInCopyTextFormat() {
        CopyText rows = new CopyText()
                .add(null).add("上海\t物流\n有限\\公司").add(new BigDecimal("1E+3")).add(Colour.RED)
                .add(LocalDate.of(2026, 12, 1)).add(Instant.parse("2026-12-01T08:00:00Z")).add(true)
                .endRow();

        assertThat(rows.toString()).isEqualTo(
                "\\N\t上海\\t物流\\n有限\\\\公司\t1000\tRED\t2026-12-01\t2026-12-01T08:00:00Z\ttrue\n");
        assertThat(rows.rows()).isEqualTo(1);
    }

    @Test
    void quotesEveryArrayElementSoThatCommasBracesAndQuotesStayText() {
        String row = new CopyText().add(new String[] {"a,b", "{c}", "say \"hi\"", null}).add(List.of("x\\y"))
                .endRow().toString();

        // the array literal escapes quotes and backslashes; COPY then doubles every backslash again
        assertThat(row).isEqualTo("{\"a,b\",\"{c}\",\"say \\\\\"hi\\\\\"\",NULL}\t{\"x\\\\\\\\y\"}\n");
    }

    @Test
    void whatItWritesPostgresqlReadsBackUnchanged() {
        var dataSource = new SingleConnectionDataSource(TestDatabase.get().jdbcUrl(), "postgres", "", true);
        try {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("create temporary table copied (t text, n numeric, d date, at timestamptz, a text[], b boolean)")
                    .update();
            String[] odd = {"a,b", "{c}", "say \"hi\"", "back\\slash", "tab\there"};
            String rows = new CopyText().add("上海\t物流\n有限\\公司").add(new BigDecimal("12.50"))
                    .add(LocalDate.of(2026, 12, 1)).add(Instant.parse("2026-12-01T08:00:00Z")).add(odd).add(null)
                    .endRow().toString();

            assertThat(CopyText.copyIn(dataSource, "copy copied from stdin", rows)).isEqualTo(1);

            var back = jdbc.sql("select t, n, d, at = timestamptz '2026-12-01 08:00:00+00' as same_time, a, b from copied")
                    .query((row, number) -> List.of(row.getString("t"), row.getBigDecimal("n"), row.getDate("d")
                            .toLocalDate(), row.getBoolean("same_time"), List.of((String[]) row.getArray("a").getArray()),
                            String.valueOf(row.getObject("b"))))
                    .single();
            assertThat(back).containsExactly("上海\t物流\n有限\\公司", new BigDecimal("12.50"), LocalDate.of(2026, 12, 1),
                    true, List.of(odd), "null");
        } finally {
            dataSource.destroy();
        }
    }
}
