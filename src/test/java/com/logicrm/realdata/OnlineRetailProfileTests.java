package com.logicrm.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.access.OnBehalf;
import com.logicrm.classification.ClassificationRuns;
import com.logicrm.classification.CustomerFilter;
import com.logicrm.classification.DecileShare;
import com.logicrm.classification.GradeShare;
import com.logicrm.classification.RunCustomer;
import com.logicrm.classification.RunCustomerPage;
import com.logicrm.classification.RunView;
import com.logicrm.classification.SegmentCount;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The UCI Online Retail profile on the committed excerpt (80 customers, 3,959 lines; source and licence
 * in {@code src/test/resources/realdata/README.md}): customers, shipments and returns through the
 * product's own paths, then one classification run over the data's period, whose ABC classes, deciles
 * and RFM scores are checked customer by customer against the rules of docs/architecture.md computed
 * here, in Java, from the same CSV rows. No other test has business in 2010–2011, so the run's
 * customers are exactly the excerpt's.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlineRetailProfileTests {

    static final Path EXCERPT = Path.of("src/test/resources/realdata/online-retail/online_retail.csv");

    @Autowired
    OnlineRetailProfile profile;

    @Autowired
    OnBehalf onBehalf;

    @Autowired
    ClassificationRuns runs;

    @Autowired
    JdbcClient jdbc;

    OnlineRetailProfile.Loaded loaded;
    Excerpt excerpt;
    Map<String, Long> ids;

    /** What the test reads from the file itself: per CustomerID its lines, revenue, last day, cancellations. */
    record Excerpt(long lines, long withoutCustomer, Map<String, Bought> bought, Map<String, BigDecimal> cancelled,
            long cancellations, LocalDate first, LocalDate last) {
    }

    record Bought(long orders, BigDecimal revenue, LocalDate last) {
    }

    /** One customer graded here: id in the archive, and the figures its rank and scores come from. */
    record Graded(long id, Bought bought, BigDecimal net) {
    }

    @BeforeAll
    void load() throws IOException {
        onBehalf.run("supervisor", user -> loaded = profile.load(EXCERPT, true, user));
        excerpt = read();
        ids = new HashMap<>();
        jdbc.sql("select id, name from customer.customer where name like 'Online Retail customer %'"
                + " and stage not in ('RETIRED', 'MERGED')")
                .query(row -> {
                    ids.put(row.getString("name").substring("Online Retail customer ".length()), row.getLong("id"));
                });
    }

    @Test
    void oneCustomerPerCustomerIdOneShipmentPerLineAndTheLinesWithoutACustomerCounted() {
        assertThat(loaded.rows()).isEqualTo(excerpt.lines()).isEqualTo(3_959);
        assertThat(loaded.withoutCustomer()).isEqualTo(excerpt.withoutCustomer()).isEqualTo(32);
        int customers = excerpt.bought().keySet().size()
                + (int) excerpt.cancelled().keySet().stream().filter(c -> !excerpt.bought().containsKey(c)).count();
        assertThat(loaded.customers()).isEqualTo(customers).isEqualTo(80);
        assertThat(loaded.filed().filed()).isEqualTo(80);
        long lines = excerpt.bought().values().stream().mapToLong(Bought::orders).sum();
        assertThat(loaded.shipments().loaded()).isEqualTo(lines);
        assertThat(loaded.shipments().rejected()).isZero();
        for (Map.Entry<String, Bought> customer : excerpt.bought().entrySet()) {
            Map<String, Object> sums = jdbc.sql("select count(*) as orders, sum(revenue) as revenue"
                    + " from shipment.shipment where customer_id = ?").param(ids.get(customer.getKey())).query().singleRow();
            assertThat(((Number) sums.get("orders")).longValue()).as(customer.getKey())
                    .isEqualTo(customer.getValue().orders());
            assertThat((BigDecimal) sums.get("revenue")).as(customer.getKey())
                    .isEqualByComparingTo(customer.getValue().revenue());
        }
    }

    @Test
    void cancellationsAreReturnsCataloguedInTheArchiveAndTakenOffNetRevenue() {
        assertThat(loaded.cancellations()).isEqualTo(excerpt.cancellations()).isEqualTo(137);
        assertThat(loaded.returns().loaded() + loaded.zeroCancellations()).isEqualTo(137);
        assertThat(loaded.returns().rejected()).isZero();
        for (Map.Entry<String, BigDecimal> customer : excerpt.cancelled().entrySet()) {
            long id = ids.get(customer.getKey());
            BigDecimal returns = jdbc.sql("select coalesce(sum(returns), 0) from shipment.customer_month"
                    + " where customer_id = ?").param(id).query(BigDecimal.class).single();
            assertThat(returns).as(customer.getKey()).isEqualByComparingTo(customer.getValue());
            BigDecimal catalogued = jdbc.sql("select coalesce(sum(amount), 0) from customer.archive_entry"
                    + " where customer_id = ? and section = 'RETURNS' and active").param(id).query(BigDecimal.class).single();
            assertThat(catalogued).as(customer.getKey()).isEqualByComparingTo(customer.getValue());
        }
    }

    @Test
    void theRunCoversTheDataPeriodAndGradesEveryCustomerAsTheDocumentedRulesDo() {
        RunView run = loaded.run();
        assertThat(run.periodFrom()).isEqualTo(excerpt.first());
        assertThat(run.periodTo()).isEqualTo(excerpt.last());
        List<Graded> ranked = excerpt.bought().entrySet().stream()
                // ranked by net revenue: the cancellations (returns) taken off what was bought
                .map(e -> new Graded(ids.get(e.getKey()), e.getValue(),
                        e.getValue().revenue().subtract(excerpt.cancelled().getOrDefault(e.getKey(), BigDecimal.ZERO))))
                .sorted(Comparator.comparing(Graded::net).reversed()
                        .thenComparingLong(Graded::id))
                .toList();
        int n = ranked.size();
        assertThat(run.summary().customers()).isEqualTo(n);
        // CLS-1: A to max(floor(1 % of n), 10), B to max(floor(5 %), end of A + 40), C to max(floor(20 %), end of B)
        int a = Math.min(n, Math.max(n / 100, 10));
        int b = Math.min(n, Math.max(n * 5 / 100, a + 40));
        int c = Math.min(n, Math.max(n * 20 / 100, b));
        Map<Long, String> grade = new HashMap<>();
        Map<Long, Integer> decile = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Graded g = ranked.get(i);
            int rank = i + 1;
            grade.put(g.id(), g.net().signum() <= 0 ? "D"
                    : rank <= a ? "A" : rank <= b ? "B" : rank <= c ? "C" : "D");
            decile.put(g.id(), ntile(i, n, 10));
        }
        // CLS-6: quintiles in ascending order, equal values split by customer id (the higher id first)
        Map<Long, Integer> r = scores(ranked, g -> (int) g.bought().last().toEpochDay());
        Map<Long, Integer> f = scores(ranked, g -> (int) g.bought().orders());
        Map<Long, Integer> m = scoresByRevenue(ranked);
        LocalDate reference = excerpt.last().plusDays(1);
        assertThat(run.referenceDate()).isEqualTo(reference);

        List<RunCustomer> results = customers(run.id());
        assertThat(results).hasSize(n);
        for (RunCustomer result : results) {
            long id = result.customerId();
            Graded g = ranked.get(result.rank() - 1);
            assertThat(g.id()).as("rank %d", result.rank()).isEqualTo(id);
            assertThat(result.revenue()).as("revenue of %d", id).isEqualByComparingTo(g.bought().revenue());
            assertThat(result.netRevenue()).as("net revenue of %d", id).isEqualByComparingTo(g.net());
            assertThat(result.orders()).as("orders of %d", id).isEqualTo(g.bought().orders());
            assertThat(result.computedGrade().name()).as("grade of %d", id).isEqualTo(grade.get(id));
            assertThat(result.decile()).as("decile of %d", id).isEqualTo(decile.get(id));
            assertThat(result.recencyDays()).as("recency of %d", id)
                    .isEqualTo((int) ChronoUnit.DAYS.between(g.bought().last(), reference));
            assertThat(result.recencyScore()).as("R of %d", id).isEqualTo(r.get(id));
            assertThat(result.frequencyScore()).as("F of %d", id).isEqualTo(f.get(id));
            assertThat(result.monetaryScore()).as("M of %d", id).isEqualTo(m.get(id));
            assertThat(result.segment().name()).as("segment of %d", id)
                    .isEqualTo(segment(r.get(id) >= 4, f.get(id) >= 4, m.get(id) >= 4));
        }

        // the summary: customers and revenue per class and decile, customers per segment
        BigDecimal total = ranked.stream().map(g -> g.bought().revenue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(run.summary().revenue()).isEqualByComparingTo(total);
        for (GradeShare share : run.summary().grades()) {
            List<Graded> members = ranked.stream().filter(g -> grade.get(g.id()).equals(share.grade().name())).toList();
            assertThat(share.customers()).as("class %s", share.grade()).isEqualTo(members.size());
            assertThat(share.revenue()).as("class %s", share.grade()).isEqualByComparingTo(sum(members));
        }
        for (DecileShare share : run.summary().deciles()) {
            List<Graded> members = ranked.stream().filter(g -> decile.get(g.id()) == share.decile()).toList();
            assertThat(share.customers()).as("decile %d", share.decile()).isEqualTo(members.size());
            assertThat(share.revenue()).as("decile %d", share.decile()).isEqualByComparingTo(sum(members));
        }
        Map<String, Long> segments = new TreeMap<>();
        ranked.forEach(g -> segments.merge(segment(r.get(g.id()) >= 4, f.get(g.id()) >= 4, m.get(g.id()) >= 4), 1L,
                Long::sum));
        Map<String, Long> reported = new TreeMap<>();
        for (SegmentCount count : run.summary().segments()) {
            if (count.customers() > 0) {
                reported.put(count.segment().name(), count.customers());
            }
        }
        assertThat(reported).isEqualTo(segments);
    }

    @Test
    void aSecondRunFilesAndLoadsNothingTwice() {
        OnlineRetailProfile.Loaded[] again = new OnlineRetailProfile.Loaded[1];
        onBehalf.run("supervisor", user -> again[0] = profile.load(EXCERPT, false, user));
        assertThat(again[0].filed().filed()).isZero();
        assertThat(again[0].filed().duplicates()).isEqualTo(80);
        assertThat(again[0].shipments().loaded()).isZero();
        assertThat(again[0].shipments().alreadyLoaded()).isEqualTo(loaded.shipments().loaded());
        assertThat(again[0].returns().loaded()).isZero();
        assertThat(again[0].returns().alreadyLoaded()).isEqualTo(loaded.returns().loaded());
        assertThat(again[0].run()).isNull();
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedBeforeAnythingIsLoaded(@TempDir Path folder) throws IOException {
        Path other = Files.writeString(folder.resolve("other.csv"), "Invoice,Customer\n536365,17850\n");
        assertThatThrownBy(() -> onBehalf.run("supervisor", user -> profile.load(other, false, user)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("InvoiceNo");
        assertThatThrownBy(() -> onBehalf.run("supervisor", user -> profile.load(folder.resolve("none.csv"), false,
                user))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none.csv");
    }

    private List<RunCustomer> customers(long runId) {
        List<RunCustomer> all = new ArrayList<>();
        onBehalf.run("supervisor", user -> {
            Integer after = 0;
            while (after != null) {
                RunCustomerPage page = runs.customers(runId, CustomerFilter.ALL, after, 50, user);
                page.customers().forEach(listed -> all.add(listed.result()));
                after = page.nextAfter();
            }
        });
        return all;
    }

    /** PostgreSQL's ntile: {@code n} rows in {@code buckets} groups, the first {@code n mod buckets} one larger. */
    static int ntile(int position, int n, int buckets) {
        int size = n / buckets;
        int larger = n % buckets;
        if (position < larger * (size + 1)) {
            return position / (size + 1) + 1;
        }
        return larger + (position - larger * (size + 1)) / size + 1;
    }

    private static Map<Long, Integer> scores(List<Graded> customers, ToIntFunction<Graded> value) {
        return scored(customers.stream().sorted(Comparator.comparingInt(value)
                .thenComparing(Comparator.comparingLong(Graded::id).reversed())).toList());
    }

    private static Map<Long, Integer> scoresByRevenue(List<Graded> customers) {
        return scored(customers.stream().sorted(Comparator.comparing(Graded::net)
                .thenComparing(Comparator.comparingLong(Graded::id).reversed())).toList());
    }

    private static Map<Long, Integer> scored(List<Graded> ascending) {
        Map<Long, Integer> scores = new HashMap<>();
        for (int i = 0; i < ascending.size(); i++) {
            scores.put(ascending.get(i).id(), ntile(i, ascending.size(), 5));
        }
        return scores;
    }

    /** The eight segments by high recency, frequency and monetary value (a score of 4 or 5 of five). */
    private static String segment(boolean recent, boolean frequent, boolean valuable) {
        String level = valuable ? "IMPORTANT_" : "GENERAL_";
        return level + (recent && frequent ? "VALUE" : recent ? "DEVELOP" : frequent ? "RETAIN" : "WIN_BACK");
    }

    private static BigDecimal sum(List<Graded> customers) {
        return customers.stream().map(g -> g.bought().revenue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The excerpt read here with a splitter of its own: descriptions may hold quoted commas. */
    private static Excerpt read() throws IOException {
        List<String> lines = Files.readAllLines(EXCERPT);
        Map<String, Bought> bought = new TreeMap<>();
        Map<String, BigDecimal> cancelled = new TreeMap<>();
        long withoutCustomer = 0;
        long cancellations = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = split(line);
            String invoice = cells.get(0);
            long quantity = Long.parseLong(cells.get(3));
            LocalDate day = LocalDate.parse(cells.get(4).substring(0, 10));
            BigDecimal amount = new BigDecimal(cells.get(5)).multiply(BigDecimal.valueOf(quantity))
                    .setScale(2, RoundingMode.HALF_UP);
            if (cells.get(6).isEmpty()) {
                withoutCustomer++;
                continue;
            }
            String customer = cells.get(6).replace(".0", "");
            if (invoice.startsWith("C")) {
                cancellations++;
                cancelled.merge(customer, amount.abs(), BigDecimal::add);
                continue;
            }
            bought.merge(customer, new Bought(1, amount, day), (x, y) -> new Bought(x.orders() + 1,
                    x.revenue().add(y.revenue()), x.last().isAfter(y.last()) ? x.last() : y.last()));
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        return new Excerpt(lines.size() - 1, withoutCustomer, bought, cancelled, cancellations, first, last);
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
