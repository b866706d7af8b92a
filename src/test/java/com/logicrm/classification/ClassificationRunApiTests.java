package com.logicrm.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shared.jobs.JobProgress;
import com.logicrm.support.ApiClient;
import com.logicrm.support.ClassificationRunner;
import com.logicrm.support.ClassificationRunner.Order;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.JobPolling;
import com.logicrm.support.Json;
import com.logicrm.support.Problems;
import com.logicrm.support.TestCustomers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Classification runs over the API (CLS-1, CLS-2, CLS-6), checked against grades, deciles, Pareto points
 * and RFM scores computed here from the shipments the test itself sent. Each test classifies a month
 * of its own in the early 2000s, where no other test and no demo data has business, so the run's
 * customers are exactly the test's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class ClassificationRunApiTests {

    private static final AtomicInteger NEXT_MONTH = new AtomicInteger();
    private static final String[] SERVICES = {"TRANSPORT", "WAREHOUSING", "DISTRIBUTION", "EXPRESS"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RunStore runStore;

    @Autowired
    RunComputation computation;

    @Autowired
    RunSummaries summaries;

    ApiClient api;
    String runner;
    String loader;
    String manager;
    YearMonth month;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        runner = DemoAccounts.token(api, "supervisor");
        loader = DemoAccounts.token(api, "finance");
        manager = DemoAccounts.token(api, "manager");
        // months where no other test has business (from 2023 on; the demo data covers the last year only)
        month = YearMonth.of(2023, 1).plusMonths(NEXT_MONTH.getAndIncrement());
    }

    /** What the test sent for one customer, summed here. */
    record Sent(long id, BigDecimal revenue, BigDecimal cost, long orders, LocalDate lastOrder) {

        BigDecimal margin() {
            return revenue.subtract(cost);
        }
    }

    @Test
    void gradesDecilesParetoAndRfmAgreeWithAComputationOfTheirOwn() {
        List<Sent> sent = thirtyCustomers(new Random(month.hashCode()));
        HttpResponse<String> run = ClassificationRunner.run(api, runner, """
                {"periodFrom":"%s","periodTo":"%s","basis":"REVENUE",
                 "rules":{"aPercent":10,"aCount":0,"bPercent":30,"bCount":0,"cPercent":60,"cCount":0}}"""
                .formatted(month.atDay(1), month.atEndOfMonth()));
        assertThat(Json.text(run, "$.state")).as(run.body()).isEqualTo("SUCCEEDED");
        assertThat(Json.number(run, "$.percent")).isEqualTo(100);
        assertThat(Json.number(run, "$.summary.customers")).isEqualTo(30);

        // independent: rank by revenue, highest first, equal revenue by id; A to 10 %, B to 30 %, C to 60 %
        List<Sent> ranked = sent.stream().sorted(Comparator.comparing(Sent::revenue).reversed()
                .thenComparing(Sent::id)).toList();
        BigDecimal total = sum(sent, Sent::revenue);
        Map<Long, String> expectedGrade = new LinkedHashMap<>();
        Map<Long, Integer> expectedDecile = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            int rank = i + 1;
            expectedGrade.put(ranked.get(i).id(), rank <= 3 ? "A" : rank <= 9 ? "B" : rank <= 18 ? "C" : "D");
            expectedDecile.put(ranked.get(i).id(), ntile(i, ranked.size(), 10));
        }

        List<Map<String, Object>> customers = customers(Json.number(run, "$.id"));
        assertThat(customers).hasSize(30);
        for (int i = 0; i < customers.size(); i++) {
            Map<String, Object> line = customers.get(i);
            long id = ((Number) line.get("customerId")).longValue();
            assertThat(id).as("rank %d", i + 1).isEqualTo(ranked.get(i).id());
            assertThat(line.get("rank")).isEqualTo(i + 1);
            assertThat(line.get("grade")).as("grade of %d", id).isEqualTo(expectedGrade.get(id));
            assertThat(line.get("decile")).as("decile of %d", id).isEqualTo(expectedDecile.get(id));
            assertThat(new BigDecimal(line.get("revenue").toString())).isEqualByComparingTo(ranked.get(i).revenue());
        }

        for (String grade : List.of("A", "B", "C", "D")) {
            List<Sent> members = ranked.stream().filter(s -> expectedGrade.get(s.id()).equals(grade)).toList();
            String path = "$.summary.grades[?(@.grade=='" + grade + "')]";
            assertThat(Json.numbers(run, path + ".customers")).containsExactly((long) members.size());
            assertThat(decimals(run, path + ".revenueShare"))
                    .containsExactly(percent(sum(members, Sent::revenue), total));
        }
        assertThat(Json.numbers(run, "$.summary.grades[?(@.grade=='A')].expectedShareFrom")).containsExactly(70L);
        assertThat(Json.numbers(run, "$.summary.grades[?(@.grade=='B')].expectedShareTo")).containsExactly(20L);

        // deciles: three customers each, revenue shares from the same ranking
        assertThat(Json.numbers(run, "$.summary.deciles[*].customers")).containsOnly(3L).hasSize(10);
        List<BigDecimal> decileShares = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            decileShares.add(percent(sum(ranked.subList(d * 3, d * 3 + 3), Sent::revenue), total));
        }
        assertThat(decimals(run, "$.summary.deciles[*].revenueShare")).containsExactlyElementsOf(decileShares);

        // Pareto: the origin, then one point per customer (fewer than 100), cumulative revenue share
        List<BigDecimal> curve = new ArrayList<>(List.of(BigDecimal.ZERO.setScale(2)));
        BigDecimal cumulative = BigDecimal.ZERO;
        for (Sent customer : ranked) {
            cumulative = cumulative.add(customer.revenue());
            curve.add(percent(cumulative, total));
        }
        assertThat(decimals(run, "$.summary.pareto[*].valueShare")).containsExactlyElementsOf(curve);
        assertThat(decimals(run, "$.summary.pareto[-1].customerShare")).containsExactly(new BigDecimal("100.00"));

        // RFM quintiles at the day after the period: recent last orders, many orders, high revenue score 5
        LocalDate reference = month.atEndOfMonth().plusDays(1);
        Map<Long, Integer> r = scores(sent, Comparator.comparing(Sent::lastOrder));
        Map<Long, Integer> f = scores(sent, Comparator.comparing(Sent::orders));
        Map<Long, Integer> m = scores(sent, Comparator.comparing(Sent::revenue));
        for (Map<String, Object> line : customers) {
            long id = ((Number) line.get("customerId")).longValue();
            Sent customer = sent.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
            assertThat(line.get("recencyDays")).isEqualTo((int) (reference.toEpochDay()
                    - customer.lastOrder().toEpochDay()));
            assertThat(List.of(line.get("recencyScore"), line.get("frequencyScore"), line.get("monetaryScore")))
                    .as("RFM of %d", id).containsExactly(r.get(id), f.get(id), m.get(id));
            String segment = (r.get(id) >= 4 ? "R" : "r") + (f.get(id) >= 4 ? "F" : "f") + (m.get(id) >= 4 ? "M" : "m");
            assertThat(line.get("segment")).as("segment of %d (%s)", id, segment).isEqualTo(switch (segment) {
                case "RFM" -> "IMPORTANT_VALUE";
                case "RfM" -> "IMPORTANT_DEVELOP";
                case "rFM" -> "IMPORTANT_RETAIN";
                case "rfM" -> "IMPORTANT_WIN_BACK";
                case "RFm" -> "GENERAL_VALUE";
                case "Rfm" -> "GENERAL_DEVELOP";
                case "rFm" -> "GENERAL_RETAIN";
                default -> "GENERAL_WIN_BACK";
            });
        }
        assertThat(Json.numbers(run, "$.summary.segments[*].customers").stream().mapToLong(Long::longValue).sum())
                .isEqualTo(30);

        // one grade at a time, for the drill-down from a chart
        HttpResponse<String> onlyB = api.get("/api/v1/classification/runs/" + Json.number(run, "$.id")
                + "/customers?grade=B", DemoAccounts.token(api, "gm"));
        assertThat(Json.numbers(onlyB, "$[*].customerId")).containsExactlyElementsOf(
                ranked.subList(3, 9).stream().map(Sent::id).toList());
    }

    @Test
    void theDefaultRulesTakeTheTopTenAsAAndTheNextFortyAsB() {
        List<Sent> sent = thirtyCustomers(new Random(month.hashCode() * 7L));
        HttpResponse<String> run = ClassificationRunner.run(api, runner, period("REVENUE"));
        List<Sent> ranked = sent.stream().sorted(Comparator.comparing(Sent::revenue).reversed()
                .thenComparing(Sent::id)).toList();
        assertThat(Json.numbers(run, "$.summary.grades[*].customers")).containsExactly(10L, 20L, 0L, 0L);
        HttpResponse<String> a = api.get("/api/v1/classification/runs/" + Json.number(run, "$.id")
                + "/customers?grade=A&size=5", runner);
        assertThat(Json.numbers(a, "$[*].customerId"))
                .containsExactlyElementsOf(ranked.subList(0, 5).stream().map(Sent::id).toList());
        HttpResponse<String> next = api.get("/api/v1/classification/runs/" + Json.number(run, "$.id")
                + "/customers?grade=A&size=5&after=5", runner);
        assertThat(Json.numbers(next, "$[*].customerId"))
                .containsExactlyElementsOf(ranked.subList(5, 10).stream().map(Sent::id).toList());
        assertThat(Json.text(run, "$.rules.aCount")).isEqualTo("10");
    }

    @Test
    void aPeriodWithoutShipmentsIsARunWithNoCustomers() {
        HttpResponse<String> run = ClassificationRunner.run(api, runner, period("REVENUE"));
        assertThat(Json.text(run, "$.state")).isEqualTo("SUCCEEDED");
        assertThat(Json.number(run, "$.summary.customers")).isZero();
        assertThat(Json.numbers(run, "$.summary.grades[*].customers")).containsExactly(0L, 0L, 0L, 0L);
        assertThat(Json.<List<Object>>read(run, "$.summary.deciles")).isEmpty();
        assertThat(Json.<List<Object>>read(run, "$.summary.pareto")).isEmpty();
        assertThat(Json.<List<Object>>read(run, "$.summary.grades[0].revenueShare")).isNull();
    }

    @Test
    void withMoreThanAHundredCustomersTheParetoCurveHasAPointAtEachWholePercent() {
        List<Sent> sent = customers(new Random(month.hashCode()), 150);
        HttpResponse<String> run = ClassificationRunner.run(api, runner, period("REVENUE"));
        assertThat(Json.number(run, "$.summary.customers")).isEqualTo(150);

        // independent: of 150 ranked customers, the last one of each whole percent (ranks 2, 3, 5, 6, 8 …)
        List<Sent> ranked = sent.stream().sorted(Comparator.comparing(Sent::revenue).reversed()
                .thenComparing(Sent::id)).toList();
        BigDecimal total = sum(sent, Sent::revenue);
        List<Long> points = new ArrayList<>(List.of(0L));
        List<BigDecimal> curve = new ArrayList<>(List.of(BigDecimal.ZERO.setScale(2)));
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int rank = 1; rank <= ranked.size(); rank++) {
            cumulative = cumulative.add(ranked.get(rank - 1).revenue());
            if (rank == ranked.size() || rank * 100 / ranked.size() != (rank - 1) * 100 / ranked.size()) {
                points.add((long) rank);
                curve.add(percent(cumulative, total));
            }
        }
        assertThat(points).hasSize(101);
        assertThat(Json.numbers(run, "$.summary.pareto[*].customers")).containsExactlyElementsOf(points);
        assertThat(decimals(run, "$.summary.pareto[*].valueShare")).containsExactlyElementsOf(curve);
        assertThat(decimals(run, "$.summary.pareto[50].customerShare")).containsExactly(new BigDecimal("50.00"));
    }

    @Test
    void aRunsRowsAreAPartitionOfTheirOwnIndexedAsTheWholeIs() {
        long customer = TestCustomers.register(api, manager, "杭州分区%d物流有限公司".formatted(month.hashCode()));
        ClassificationRunner.load(api, loader, List.of(new Order(customer, month.atDay(5).toString(), "EXPRESS", 1,
                "300.00", "100.00")));
        long id = Json.number(ClassificationRunner.run(api, runner, period("REVENUE")), "$.id");

        String partition = "customer_result_r" + id;
        assertThat(jdbc.sql("""
                select count(*) from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = 'classification.customer_result'::regclass and c.relname = ?""")
                .param(partition).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select p.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                    join pg_class p on p.oid = i.inhparent
                    join pg_index x on x.indexrelid = c.oid and x.indrelid = ('classification.' || ?)::regclass
                order by p.relname""")
                .param(partition).query(String.class).list())
                .as("both of the run's indexes are parts of the whole's").hasSize(2)
                .allMatch(index -> index.startsWith("customer_result_"));
        assertThat(jdbc.sql("select count(*) from classification." + partition + " where customer_id = ?")
                .param(customer).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRunKeepsTheSummaryItsRowsGiveAndShowsIt() {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long customer = TestCustomers.register(api, manager, "杭州摘要%d物流有限公司%d".formatted(month.hashCode(), i));
            orders.add(new Order(customer, month.atDay(2 + i).toString(), i % 2 == 0 ? "EXPRESS" : "TRANSPORT", 1 + i,
                    "%d.25".formatted(100 * (i + 1)), "40.10"));
        }
        ClassificationRunner.load(api, loader, orders);
        HttpResponse<String> run = ClassificationRunner.run(api, runner, period("MARGIN"));
        long id = Json.number(run, "$.id");

        RunSummary kept = runStore.summary(id).orElseThrow(() -> new AssertionError("no summary kept for run " + id));
        assertThat(kept).as("read back exactly, scales of every amount included")
                .isEqualTo(summaries.compute(runStore.find(id).orElseThrow(), 4));
        assertThat(Json.number(run, "$.summary.customers")).isEqualTo(4);
        assertThat(decimals(run, "$.summary.value.revenue")).containsExactly(new BigDecimal("1001.00"));

        // what the page shows is what was kept, not worked out again from the rows
        jdbc.sql("update classification.run set summary = jsonb_set(summary, '{customers}', '5') where id = ?")
                .param(id).update();
        assertThat(Json.number(api.get("/api/v1/classification/runs/" + id, runner), "$.summary.customers"))
                .isEqualTo(5);
    }

    @Test
    void aSingleCustomerIsAWithEverything() {
        long only = TestCustomers.register(api, manager, "上海独家%d物流有限公司".formatted(month.hashCode()));
        ClassificationRunner.load(api, loader, List.of(new Order(only, month.atDay(3).toString(), "EXPRESS", 2,
                "880.00", "500.00")));
        HttpResponse<String> run = ClassificationRunner.run(api, runner, period("REVENUE"));
        assertThat(Json.numbers(run, "$.summary.grades[*].customers")).containsExactly(1L, 0L, 0L, 0L);
        assertThat(decimals(run, "$.summary.grades[0].revenueShare")).containsExactly(new BigDecimal("100.00"));
        assertThat(Json.numbers(run, "$.summary.deciles[*].decile")).containsExactly(1L);
        List<Map<String, Object>> customers = customers(Json.number(run, "$.id"));
        assertThat(customers).singleElement().satisfies(line -> {
            assertThat(line.get("customerId")).isEqualTo((int) only);
            assertThat(line.get("grade")).isEqualTo("A");
            assertThat(line.get("recencyScore")).isEqualTo(1);
        });
    }

    @Test
    void equalRevenueIsRankedByCustomerId() {
        List<Long> ids = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long id = TestCustomers.register(api, manager, "上海同额%d物流有限公司%d".formatted(month.hashCode(), i));
            ids.add(id);
            orders.add(new Order(id, month.atDay(1 + i).toString(), "TRANSPORT", 1, "1000.00", "600.00"));
        }
        ClassificationRunner.load(api, loader, orders);
        HttpResponse<String> run = ClassificationRunner.run(api, runner, period("REVENUE"));
        List<Map<String, Object>> customers = customers(Json.number(run, "$.id"));
        List<Long> sorted = ids.stream().sorted().toList();
        assertThat(customers).extracting(line -> ((Number) line.get("customerId")).longValue())
                .containsExactlyElementsOf(sorted);
        assertThat(customers).extracting(line -> line.get("grade"))
                .containsExactly("A", "A", "A", "A", "A", "A", "A", "A", "A", "A", "B", "B");
        // the same again: the order does not depend on how the rows happen to be read
        HttpResponse<String> again = ClassificationRunner.run(api, runner, period("REVENUE"));
        assertThat(customers(Json.number(again, "$.id"))).extracting(line -> line.get("customerId"))
                .containsExactlyElementsOf(customers.stream().map(line -> line.get("customerId")).toList());
    }

    @Test
    void byMarginALossMakingCustomerIsDAndRankedLast() {
        long[] ids = new long[5];
        String[][] figures = {{"5000.00", "1000.00"}, {"3000.00", "3500.00"}, {"2000.00", "500.00"},
            {"900.00", "100.00"}, {"100.00", "2100.00"}};
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = TestCustomers.register(api, manager, "上海毛利%d物流有限公司%d".formatted(month.hashCode(), i));
            orders.add(new Order(ids[i], month.atDay(10).toString(), "TRANSPORT", 1, figures[i][0], figures[i][1]));
        }
        ClassificationRunner.load(api, loader, orders);
        HttpResponse<String> run = ClassificationRunner.run(api, runner, period("MARGIN"));
        assertThat(Json.text(run, "$.basis")).isEqualTo("MARGIN");
        // margins 4000, -500, 1500, 800, -2000: ranked 0, 2, 3, then the losses
        List<Map<String, Object>> customers = customers(Json.number(run, "$.id"));
        assertThat(customers).extracting(line -> ((Number) line.get("customerId")).longValue())
                .containsExactly(ids[0], ids[2], ids[3], ids[1], ids[4]);
        assertThat(customers).extracting(line -> line.get("grade")).containsExactly("A", "A", "A", "D", "D");
        // total margin 3800: A brings 6300 of it, D −2500
        assertThat(decimals(run, "$.summary.grades[?(@.grade=='A')].marginShare"))
                .containsExactly(new BigDecimal("165.79"));
        assertThat(decimals(run, "$.summary.grades[?(@.grade=='D')].marginShare"))
                .containsExactly(new BigDecimal("-65.79"));
        assertThat(decimals(run, "$.summary.pareto[-1].valueShare")).containsExactly(new BigDecimal("100.00"));
    }

    @Test
    void overlappingThresholdsAreRefusedWithTheField() {
        HttpResponse<String> refused = api.post("/api/v1/classification/runs", runner, """
                {"periodFrom":"2001-01-01","periodTo":"2001-12-31","rules":{"aPercent":10,"bPercent":5}}""");
        Problems.assertProblem(refused, 400);
        assertThat(Json.text(refused, "$.errors[0].field")).isEqualTo("rules.bPercent");
        assertThat(Json.text(refused, "$.errors[0].code")).isEqualTo("classification.rules.overlap");
        assertThat(Json.text(refused, "$.errors[0].message")).contains("10%", "5%");

        HttpResponse<String> reversed = api.post("/api/v1/classification/runs", runner, """
                {"periodFrom":"2001-12-31","periodTo":"2001-01-01"}""");
        Problems.assertProblem(reversed, 400);
        assertThat(Json.text(reversed, "$.errors[0].field")).isEqualTo("periodTo");
        HttpResponse<String> missing = api.post("/api/v1/classification/runs", runner, "{\"basis\":\"REVENUE\"}");
        assertThat(Json.text(missing, "$.errors[0].field")).isEqualTo("periodFrom");
        HttpResponse<String> levels = api.post("/api/v1/classification/runs", runner, """
                {"periodFrom":"2001-01-01","periodTo":"2001-12-31","rfm":{"levels":3}}""");
        assertThat(Json.text(levels, "$.errors[0].field")).isEqualTo("rfm.levels");
        Problems.assertProblem(api.post("/api/v1/classification/runs", runner, """
                {"periodFrom":"2001-01-01","periodTo":"2001-12-31","basis":"PROFIT"}"""), 400);
    }

    @Test
    void aSecondRunWhileOneIsWaitingIsRefused() {
        long waiting = jdbc.sql("""
                insert into classification.run (period_from, period_to, basis, rules, reference_date, started_by)
                values ('2001-01-01', '2001-01-31', 'REVENUE', '{"abc":null,"rfmLevels":5}', '2001-02-01', 'test')
                returning id""").query(Long.class).single();
        try {
            HttpResponse<String> refused = api.post("/api/v1/classification/runs", runner, period("REVENUE"));
            assertThat(Problems.assertProblem(refused, 409)).contains(String.valueOf(waiting));
        } finally {
            jdbc.sql("update classification.run set state = 'FAILED' where id = ?").param(waiting).update();
        }
        // once nothing is waiting, a run starts again
        HttpResponse<String> run = ClassificationRunner.run(api, runner, period("REVENUE"));
        assertThat(Json.text(run, "$.state")).isEqualTo("SUCCEEDED");
    }

    @Test
    void aRunWhoseJobDiedNoLongerBlocks() {
        long deadJob = JobPolling.abandonedJob(jdbc, "classification-run", "supervisor");
        long stale = jdbc.sql("""
                insert into classification.run (job_id, state, period_from, period_to, basis, rules, reference_date,
                    started_by)
                values (?, 'RUNNING', '2001-01-01', '2001-01-31', 'REVENUE', '{"abc":null,"rfmLevels":5}',
                    '2001-02-01', 'supervisor') returning id""").param(deadJob).query(Long.class).single();
        HttpResponse<String> run = ClassificationRunner.run(api, runner, period("REVENUE"));
        assertThat(Json.text(run, "$.state")).isEqualTo("SUCCEEDED");
        HttpResponse<String> dropped = api.get("/api/v1/classification/runs/" + stale, runner);
        assertThat(Json.text(dropped, "$.state")).isEqualTo("FAILED");
        assertThat(Json.text(dropped, "$.failure")).isNotBlank();
    }

    @Test
    void onlyThoseWithTheRightsStartOrReadRuns() {
        Problems.assertProblem(api.post("/api/v1/classification/runs", manager, period("REVENUE")), 403);
        Problems.assertProblem(api.get("/api/v1/classification/runs", DemoAccounts.token(api, "service")), 403);
        Problems.assertProblem(api.get("/api/v1/classification/runs/999999999", manager), 404);
        long run = Json.number(ClassificationRunner.run(api, runner, period("REVENUE")), "$.id");
        assertThat(api.get("/api/v1/classification/runs/" + run, manager).statusCode())
                .as("the summary is for every reader").isEqualTo(200);
        HttpResponse<String> outOfScope = api.get("/api/v1/classification/runs/" + run + "/customers", manager);
        assertThat(outOfScope.statusCode()).isEqualTo(200);
        assertThat(Json.<List<Object>>read(outOfScope, "$")).as("the run's customers are the supervisor's, not the "
                + "account manager's").isEmpty();
        assertThat(api.get("/api/v1/classification/runs", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aManualGradeHoldsAcrossRunsUntilRevokedAndChangesAreAnnounced(ApplicationEvents events) {
        long[] ids = new long[3];
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = TestCustomers.register(api, manager, "上海人工%d物流有限公司%d".formatted(month.hashCode(), i));
            orders.add(new Order(ids[i], month.atDay(5 + i).toString(), "TRANSPORT", 1, (1000 * (i + 1)) + ".00",
                    "100.00"));
        }
        ClassificationRunner.load(api, loader, orders);
        long first = Json.number(ClassificationRunner.run(api, runner, period("REVENUE")), "$.id");
        assertThat(grades(first)).containsExactly("A", "A", "A");

        HttpResponse<String> noReason = api.put("/api/v1/classification/overrides/" + ids[1], runner,
                "{\"grade\":\"D\",\"reason\":\" \"}");
        Problems.assertProblem(noReason, 400);
        assertThat(Json.text(noReason, "$.errors[0].field")).isEqualTo("reason");
        Problems.assertProblem(api.put("/api/v1/classification/overrides/" + ids[1], manager,
                "{\"grade\":\"D\",\"reason\":\"拖欠运费\"}"), 403);
        HttpResponse<String> set = api.put("/api/v1/classification/overrides/" + ids[1], runner,
                "{\"grade\":\"D\",\"reason\":\"长期拖欠运费\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(Json.text(api.get("/api/v1/classification/overrides/" + ids[1], manager), "$.reason"))
                .isEqualTo("长期拖欠运费");

        // the next run, computed here in the test's thread so its events can be watched
        long second = runStore.insert(month.atDay(1), month.atEndOfMonth(), Basis.REVENUE,
                new RunStore.Settings(AbcRules.DEFAULT, 5), month.atEndOfMonth().plusDays(1), "supervisor");
        assertThat(runStore.markRunning(second)).isTrue();
        computation.compute(runStore.find(second).orElseThrow(), new JobProgress() {
            @Override
            public void total(long total) {
            }

            @Override
            public void done(long done) {
            }
        });
        assertThat(events.stream(CustomerGradeChanged.class))
                .containsExactly(new CustomerGradeChanged(ids[1], second, first, Grade.A, Grade.D));
        List<Map<String, Object>> lines = customers(second);
        assertThat(grades(second)).containsExactly("A", "D", "A");
        assertThat(lines.stream().filter(line -> line.get("customerId").equals((int) ids[1])).findFirst()
                .orElseThrow()).containsEntry("computedGrade", "A").containsEntry("overridden", true);

        long third = Json.number(ClassificationRunner.run(api, runner, period("REVENUE")), "$.id");
        assertThat(grades(third)).as("kept across runs").containsExactly("A", "D", "A");

        assertThat(api.delete("/api/v1/classification/overrides/" + ids[1], runner).statusCode()).isEqualTo(204);
        Problems.assertProblem(api.delete("/api/v1/classification/overrides/" + ids[1], runner), 404);
        long fourth = Json.number(ClassificationRunner.run(api, runner, period("REVENUE")), "$.id");
        assertThat(grades(fourth)).containsExactly("A", "A", "A");

        HttpResponse<String> moves = api.get("/api/v1/classification/runs/" + fourth + "/changes?against=" + third,
                runner);
        assertThat(Json.numbers(moves, "$[?(@.from=='D' && @.to=='A')].customers")).containsExactly(1L);
        assertThat(Json.numbers(moves, "$[?(@.from=='A' && @.to=='A')].customers")).containsExactly(2L);
    }

    @Test
    void theApiDescriptionListsTheClassificationEndpoints() {
        HttpResponse<String> description = api.get("/v3/api-docs", null);
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(Json.<Map<String, Object>>read(description, "$.paths").keySet()).contains(
                "/api/v1/classification/runs", "/api/v1/classification/runs/{id}",
                "/api/v1/classification/runs/{id}/customers", "/api/v1/classification/runs/{id}/changes",
                "/api/v1/classification/overrides/{customerId}", "/api/v1/classification/runs/{id}/scatter",
                "/api/v1/customers/{id}/classification");
        assertThat(description.body()).as("the run's scores are described").contains("StarShare", "LoyaltyModel",
                "QuadrantShare", "ValueSummary", "RfmCell", "CustomerClassification");
    }

    /** The grades of {@code ids} in customer order (the order they were registered in). */
    private List<Object> grades(long runId) {
        return customers(runId).stream().sorted(Comparator.comparing(line -> ((Number) line.get("customerId"))
                .longValue())).map(line -> line.get("grade")).toList();
    }

    private List<Sent> thirtyCustomers(Random random) {
        return customers(random, 30);
    }

    private List<Sent> customers(Random random, int customers) {
        List<Sent> sent = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            long id = TestCustomers.register(api, manager, "上海归类%d物流有限公司%d".formatted(month.hashCode(), i));
            int count = 1 + random.nextInt(4);
            BigDecimal revenue = BigDecimal.ZERO;
            BigDecimal cost = BigDecimal.ZERO;
            LocalDate last = month.atDay(1);
            for (int n = 0; n < count; n++) {
                // a long tail: a few customers bring most of the revenue
                BigDecimal amount = BigDecimal.valueOf((long) (Math.pow(random.nextDouble(), 4) * 5_000_000) + 100, 2);
                BigDecimal spent = amount.multiply(BigDecimal.valueOf(50 + random.nextInt(45), 2))
                        .setScale(2, RoundingMode.HALF_UP);
                LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                orders.add(new Order(id, day.toString(), SERVICES[random.nextInt(SERVICES.length)], 1 + n,
                        amount.toPlainString(), spent.toPlainString()));
                revenue = revenue.add(amount);
                cost = cost.add(spent);
                last = day.isAfter(last) ? day : last;
            }
            sent.add(new Sent(id, revenue, cost, count, last));
        }
        ClassificationRunner.load(api, loader, orders);
        return sent;
    }

    /** Scores 1..5 by equal-count groups in ascending {@code order}, equal values lower id higher. */
    private static Map<Long, Integer> scores(List<Sent> sent, Comparator<Sent> order) {
        List<Sent> ascending = sent.stream().sorted(order.thenComparing(Sent::id, Comparator.reverseOrder())).toList();
        Map<Long, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < ascending.size(); i++) {
            scores.put(ascending.get(i).id(), ntile(i, ascending.size(), 5));
        }
        return scores;
    }

    /** PostgreSQL's ntile: the first {@code n mod buckets} groups hold one row more. */
    private static int ntile(int index, int n, int buckets) {
        int small = n / buckets;
        int larger = n % buckets;
        int bound = larger * (small + 1);
        return index < bound ? index / (small + 1) + 1 : larger + (index - bound) / small + 1;
    }

    private String period(String basis) {
        return """
                {"periodFrom":"%s","periodTo":"%s","basis":"%s"}""".formatted(month.atDay(1), month.atEndOfMonth(),
                basis);
    }

    private List<Map<String, Object>> customers(long runId) {
        HttpResponse<String> page = api.get("/api/v1/classification/runs/" + runId + "/customers?size=200", runner);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Json.read(page, "$");
    }

    private static BigDecimal sum(List<Sent> sent, java.util.function.Function<Sent, BigDecimal> value) {
        return sent.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static List<BigDecimal> decimals(HttpResponse<String> response, String path) {
        Object value = Json.read(response, path);
        List<?> values = value instanceof List<?> list ? list : List.of(value);
        return values.stream().map(v -> new BigDecimal(v.toString()).setScale(2, RoundingMode.HALF_UP)).toList();
    }
}
