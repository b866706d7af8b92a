package com.logicrm.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The RFM frequency and monetary scores are read from a position instead of sorted again: the
 * expression must give what PostgreSQL's own {@code ntile} gives, for every position of every count,
 * counts below the number of groups included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NtileTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theGroupOfAPositionIsTheGroupNtileGivesIt() {
        long wrong = jdbc.sql("""
                select count(*) filter (where ntile <> computed), count(*)
                from (
                    select ntile(k::int) over (partition by n, k order by p) as ntile, %s as computed
                    from generate_series(1, 60) n, (values (3), (4), (5), (10)) groups(k), generate_series(1, n) p
                ) compared""".formatted(RunComputation.ntile("p::bigint", "n::bigint", "k")))
                .query((row, i) -> {
                    assertThat(row.getLong(2)).as("positions compared").isEqualTo(4 * 60 * 61 / 2);
                    return row.getLong(1);
                })
                .single();
        assertThat(wrong).isZero();
    }

    @Test
    void readBackwardsItIsTheNtileOfTheReversedOrder() {
        long wrong = jdbc.sql("""
                select count(*) filter (where ntile <> computed)
                from (
                    select ntile(4) over (partition by n order by p desc) as ntile, %s as computed
                    from generate_series(1, 23) n, generate_series(1, n) p
                ) compared""".formatted(RunComputation.ntile("n + 1 - p", "n", "4")))
                .query(Long.class)
                .single();
        assertThat(wrong).isZero();
    }
}
