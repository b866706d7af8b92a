package com.logicrm.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.logicrm.support.ApiClient;
import com.logicrm.support.ClassificationRunner;
import com.logicrm.support.ClassificationRunner.Order;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Problems;
import com.logicrm.support.TestCustomers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Star grades, loyalty, best vs loyal, value and purchase deciles of a run (CLS-2 to CLS-5, CLS-7) over
 * the API, checked against what the rules give for the shipments the test itself sent, and the
 * customer's own classification. Each test takes a period of its own where nothing else has business:
 * the years 2004 to 2009 (the ones that need a clean year before them, which loyalty learns from) or a
 * month of 2002.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassificationScoresApiTests {

    private static final String[] SERVICES = {"TRANSPORT", "WAREHOUSING", "DISTRIBUTION", "EXPRESS"};
    private static final String MANUAL = """
            "loyalty":{"mode":"MANUAL","intercept":-3.0,"orders":1.0,"services":0.5,"quantity":0.1,"amount":0.1}""";

    @LocalServerPort
    int port;

    ApiClient api;
    String runner;
    String loader;
    String manager;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        runner = DemoAccounts.token(api, "supervisor");
        loader = DemoAccounts.token(api, "finance");
        manager = DemoAccounts.token(api, "manager");
    }

    /** What the run scales the period by: the days of the year before it over the days of the period. */
    private static double scale(LocalDate from, LocalDate to) {
        return (double) ChronoUnit.DAYS.between(from.minusYears(1), from) / (ChronoUnit.DAYS.between(from, to) + 1);
    }

    /** One customer as the test sent it: this year's orders and figures, and last year's net revenue (null: none). */
    record Sent(long id, long orders, int services, long pieces, BigDecimal revenue, BigDecimal cost,
            BigDecimal previous) {
    }

    @Test
    void everyScoreIsWhatTheRulesGiveForTheFiguresSent() {
        int year = 2009;
        Random random = new Random(year);
        List<Sent> sent = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long id = TestCustomers.register(api, manager, "上海评分%d物流有限公司%d".formatted(year, i));
            int count = 1 + random.nextInt(8);
            BigDecimal revenue = BigDecimal.ZERO;
            BigDecimal cost = BigDecimal.ZERO;
            long pieces = 0;
            java.util.Set<String> services = new java.util.HashSet<>();
            for (int n = 0; n < count; n++) {
                String service = SERVICES[random.nextInt(1 + i % SERVICES.length)];
                BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(90_000), 2).multiply(BigDecimal.TEN);
                BigDecimal spent = amount.multiply(BigDecimal.valueOf(40 + random.nextInt(50), 2))
                        .setScale(2, RoundingMode.HALF_UP);
                orders.add(new Order(id, "%d-%02d-%02d".formatted(year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        service, 1 + n, amount.toPlainString(), spent.toPlainString()));
                revenue = revenue.add(amount);
                cost = cost.add(spent);
                pieces += 1 + n;
                services.add(service);
            }
            BigDecimal previous = null;
            if (i % 2 == 0) {
                // last year: half of this year's revenue for some (grown), more for others
                previous = revenue.multiply(i % 4 == 0 ? new BigDecimal("0.5") : new BigDecimal("1.5"))
                        .setScale(2, RoundingMode.HALF_UP);
                orders.add(new Order(id, (year - 1) + "-06-15", "TRANSPORT", 1, previous.toPlainString(), "1.00"));
            }
            sent.add(new Sent(id, count, services.size(), pieces, revenue, cost, previous));
        }
        ClassificationRunner.load(api, loader, orders);
        HttpResponse<String> run = ClassificationRunner.run(api, runner, """
                {"periodFrom":"%d-01-01","periodTo":"%d-12-31",%s}""".formatted(year, year, MANUAL));
        assertThat(Json.text(run, "$.state")).as(run.body()).isEqualTo("SUCCEEDED");
        long runId = Json.number(run, "$.id");
        assertThat(Json.text(run, "$.summary.loyalty.source")).isEqualTo("MANUAL");
        assertThat(Json.<Object>read(run, "$.summary.loyaltyNote")).isNull();

        double scale = scale(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        LoyaltyModel model = new LoyaltyModel(LoyaltyModel.Source.MANUAL, null, -3, 1, 0.5, 0.1, 0.1, 0.8,
                LoyaltyRules.QuantityBasis.PIECES, scale, null);
        StarPolicy stars = new StarPolicy(null);
        QuadrantPolicy quadrants = new QuadrantPolicy(null);
        BigDecimal totalMargin = sent.stream().map(s -> s.revenue().subtract(s.cost())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        List<Sent> byOrders = sent.stream().sorted(Comparator.comparingLong(Sent::orders).reversed()
                .thenComparingLong(Sent::id)).toList();
        Map<Long, Sent> byId = new HashMap<>();
        sent.forEach(s -> byId.put(s.id(), s));

        List<Map<String, Object>> customers = customers(runId, "");
        assertThat(customers).hasSize(20);
        Map<Long, Map<String, Object>> lines = new LinkedHashMap<>();
        for (Map<String, Object> line : customers) {
            long id = ((Number) line.get("customerId")).longValue();
            lines.put(id, line);
            Sent s = byId.get(id);
            BigDecimal margin = s.revenue().subtract(s.cost());
            double f = model.loyalty(s.orders() * scale, s.services(), s.pieces() * scale,
                    s.revenue().doubleValue() * scale);
            BigDecimal loyalty = decimal(line, "loyalty");
            assertThat(loyalty.doubleValue()).as("F of %d", id).isCloseTo(f, within(0.00011));
            assertThat(line.get("loyal")).isEqualTo(loyalty.doubleValue() >= 0.8);
            assertThat(line.get("serviceTypes")).isEqualTo(s.services());
            assertThat(line.get("purchaseDecile")).as("purchase decile of %d", id)
                    .isEqualTo(ntile(byOrders.indexOf(s), 20, 10));
            // potential: the share of the other customers with a smaller average order
            BigDecimal average = s.revenue().divide(BigDecimal.valueOf(s.orders()), 2, RoundingMode.HALF_UP);
            long smaller = sent.stream().filter(o -> o.revenue().divide(BigDecimal.valueOf(o.orders()), 2,
                    RoundingMode.HALF_UP).compareTo(average) < 0).count();
            BigDecimal potential = decimal(line, "potential");
            assertThat(potential).isEqualByComparingTo(BigDecimal.valueOf(smaller).divide(BigDecimal.valueOf(19), 4,
                    RoundingMode.HALF_UP));
            assertThat(line.get("star")).as("star of %d", id).isEqualTo(stars.stars((Integer) line.get("decile"),
                    loyalty, potential));
            Grade grade = Grade.valueOf((String) line.get("grade"));
            boolean best = grade == Grade.A || grade == Grade.B;
            assertThat(line.get("quadrant")).isEqualTo(QuadrantPolicy.quadrant(best, (Boolean) line.get("loyal"))
                    .name());
            assertThat(line.get("develop")).as("develop %d", id).isEqualTo(quadrants.develop(grade,
                    s.revenue().multiply(BigDecimal.valueOf(scale)), s.previous(), potential));
            assertThat(decimal(line, "marginRate")).isEqualByComparingTo(margin.divide(s.revenue(), 4,
                    RoundingMode.HALF_UP));
            assertThat(decimal(line, "contribution")).isEqualByComparingTo(margin.divide(totalMargin, 4,
                    RoundingMode.HALF_UP));
            assertThat(decimal(line, "crossRatio")).isEqualByComparingTo(margin.divide(s.cost(), 4,
                    RoundingMode.HALF_UP));
            if (s.previous() == null) {
                assertThat(line.get("previousRevenue")).isNull();
            } else {
                assertThat(decimal(line, "previousRevenue")).isEqualByComparingTo(s.previous());
            }
        }

        // the summary adds up to the same customers
        assertThat(Json.numbers(run, "$.summary.purchaseDeciles[*].customers")).containsOnly(2L).hasSize(10);
        assertThat(Json.numbers(run, "$.summary.stars[*].stars")).containsExactly(5L, 4L, 3L, 2L, 1L);
        for (int star = 1; star <= 5; star++) {
            int s = star;
            assertThat(Json.numbers(run, "$.summary.stars[?(@.stars==" + star + ")].customers"))
                    .containsExactly(lines.values().stream().filter(l -> l.get("star").equals(s)).count());
        }
        for (Quadrant quadrant : Quadrant.values()) {
            assertThat(Json.numbers(run, "$.summary.quadrants[?(@.quadrant=='" + quadrant + "')].customers"))
                    .containsExactly(lines.values().stream().filter(l -> l.get("quadrant").equals(quadrant.name()))
                            .count());
        }
        assertThat(Json.number(run, "$.summary.developCustomers")).isEqualTo(
                lines.values().stream().filter(l -> (Boolean) l.get("develop")).count());
        assertThat(Json.number(run, "$.summary.loyalCustomers")).isEqualTo(
                lines.values().stream().filter(l -> (Boolean) l.get("loyal")).count());
        assertThat(Json.numbers(run, "$.summary.rfmCells[*].customers").stream().mapToLong(Long::longValue).sum())
                .isEqualTo(20);
        BigDecimal revenue = sent.stream().map(Sent::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cost = sent.stream().map(Sent::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(Json.read(run, "$.summary.value.netRevenue").toString())).isEqualByComparingTo(revenue);
        assertThat(new BigDecimal(Json.read(run, "$.summary.value.crossRatio").toString()))
                .isEqualByComparingTo(totalMargin.divide(cost, 4, RoundingMode.HALF_UP));
        List<BigDecimal> serviceRevenue = Json.<List<Object>>read(run, "$.summary.value.services[*].revenue").stream()
                .map(v -> new BigDecimal(v.toString())).toList();
        assertThat(serviceRevenue.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as("by service adds up")
                .isEqualByComparingTo(revenue);
        assertThat(Json.<List<Object>>read(run, "$.summary.value.services[*].serviceType")).contains("TRANSPORT");

        // drill-down filters: each list holds exactly the customers of that cell, quadrant, star, decile
        Map<String, Object> first = customers.get(0);
        assertThat(ids(customers(runId, "&star=" + first.get("star"))))
                .containsExactlyElementsOf(idsWhere(customers, l -> l.get("star").equals(first.get("star"))));
        assertThat(ids(customers(runId, "&quadrant=" + first.get("quadrant"))))
                .containsExactlyElementsOf(idsWhere(customers, l -> l.get("quadrant").equals(first.get("quadrant"))));
        assertThat(ids(customers(runId, "&r=" + first.get("recencyScore") + "&f=" + first.get("frequencyScore"))))
                .containsExactlyElementsOf(idsWhere(customers, l -> l.get("recencyScore").equals(first.get("recencyScore"))
                        && l.get("frequencyScore").equals(first.get("frequencyScore"))));
        assertThat(ids(customers(runId, "&purchaseDecile=3"))).containsExactlyElementsOf(
                idsWhere(customers, l -> l.get("purchaseDecile").equals(3)));
        assertThat(ids(customers(runId, "&develop=true"))).containsExactlyElementsOf(
                idsWhere(customers, l -> (Boolean) l.get("develop")));

        // the customer's own classification, for those who see the customer
        long one = sent.get(0).id();
        HttpResponse<String> own = api.get("/api/v1/customers/" + one + "/classification", manager);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(Json.number(own, "$.current.runId")).isEqualTo(runId);
        assertThat(Json.number(own, "$.current.scores.customerId")).isEqualTo(one);
        assertThat(Json.text(own, "$.current.scores.loyalty")).isEqualTo(lines.get(one).get("loyalty").toString());
        assertThat(((Number) Json.read(own, "$.current.inputs.orders")).doubleValue())
                .isCloseTo(sent.get(0).orders() * scale, within(1e-9));
        assertThat(Json.numbers(own, "$.history[*].runId")).containsExactly(runId);
        assertThat(Json.text(own, "$.history[0].grade")).isEqualTo(lines.get(one).get("grade"));
        Problems.assertProblem(api.get("/api/v1/customers/" + one + "/classification",
                DemoAccounts.token(api, "manager2")), 404);
        Problems.assertProblem(api.get("/api/v1/customers/999999999/classification", manager), 404);
        Problems.assertProblem(api.get("/api/v1/customers/" + one + "/classification",
                DemoAccounts.token(api, "service")), 403);

        HttpResponse<String> scatter = api.get("/api/v1/classification/runs/" + runId + "/scatter", manager);
        assertThat(Json.<List<Object>>read(scatter, "$")).hasSize(20);
        assertThat(scatter.body()).doesNotContain("customerId");
    }

    @Test
    void loyaltyIsFittedFromWhoStayedAfterTheYearBefore() {
        int year = 2005;
        Random random = new Random(year * 31L);
        List<Order> orders = new ArrayList<>();
        int stayed = 0;
        for (int i = 0; i < 60; i++) {
            long id = TestCustomers.register(api, manager, "上海拟合%d物流有限公司%d".formatted(year, i));
            int count = 1 + random.nextInt(10);
            for (int n = 0; n < count; n++) {
                orders.add(new Order(id, "%d-%02d-%02d".formatted(year - 1, 1 + n, 1 + random.nextInt(28)),
                        "TRANSPORT", 1, (100 + random.nextInt(900)) + ".00", "50.00"));
            }
            // customers who ordered often stay more often
            if (random.nextDouble() < (count >= 5 ? 0.85 : 0.2)) {
                stayed++;
                orders.add(new Order(id, year + "-03-10", "EXPRESS", 1, "500.00", "200.00"));
            }
        }
        ClassificationRunner.load(api, loader, orders);
        HttpResponse<String> run = ClassificationRunner.run(api, runner, """
                {"periodFrom":"%d-01-01","periodTo":"%d-12-31","loyalty":{"threshold":0.6}}""".formatted(year, year));
        assertThat(Json.text(run, "$.summary.loyalty.source")).as(run.body()).isEqualTo("FITTED");
        assertThat(Json.number(run, "$.summary.loyalty.fit.sample")).isEqualTo(60);
        assertThat(Json.number(run, "$.summary.loyalty.fit.stayed")).isEqualTo(stayed);
        assertThat(((Number) Json.read(run, "$.summary.loyalty.orders")).doubleValue())
                .as("more orders, more likely to stay").isPositive();
        assertThat(((Number) Json.read(run, "$.summary.loyalty.fit.auc")).doubleValue()).isGreaterThan(0.6);
        assertThat(((Number) Json.read(run, "$.summary.loyalty.fit.logLoss")).doubleValue()).isPositive()
                .isLessThan(Math.log(2));
        assertThat(((Number) Json.read(run, "$.summary.loyalty.threshold")).doubleValue()).isEqualTo(0.6);
        assertThat(Json.number(run, "$.summary.customers")).as("only this year's customers are graded")
                .isEqualTo(stayed);
        assertThat(Json.<Object>read(run, "$.summary.loyaltyNote")).isNull();
    }

    @Test
    void aPeriodWithOneCustomerAndNoHistoryFallsBackToTheHandSetWeightsAndSaysSo() {
        int year = 2007;
        long only = TestCustomers.register(api, manager, "上海独评%d物流有限公司".formatted(year));
        ClassificationRunner.load(api, loader, List.of(new Order(only, year + "-05-05", "EXPRESS", 3, "900.00",
                "300.00")));
        HttpResponse<String> run = ClassificationRunner.run(api, runner, """
                {"periodFrom":"%d-01-01","periodTo":"%d-12-31"}""".formatted(year, year));
        assertThat(Json.text(run, "$.summary.loyalty.source")).isEqualTo("FALLBACK");
        assertThat(Json.text(run, "$.summary.loyalty.fallback")).isEqualTo("classification.loyalty.fallback.noHistory");
        assertThat(Json.text(run, "$.summary.loyaltyNote")).contains("前一年没有业务");
        assertThat(Json.<Object>read(run, "$.summary.loyalty.fit")).isNull();
        assertThat(((Number) Json.read(run, "$.summary.loyalty.intercept")).doubleValue()).isEqualTo(-4.0);
        Map<String, Object> line = customers(Json.number(run, "$.id"), "").get(0);
        assertThat(line).containsEntry("grade", "A").containsEntry("purchaseDecile", 1).containsEntry("develop", false);
        assertThat(decimal(line, "potential")).isEqualByComparingTo("0");
        assertThat(decimal(line, "contribution")).isEqualByComparingTo("1");
        assertThat(line.get("quadrant")).isIn("BEST_LOYAL", "BEST_NOT_LOYAL");
        assertThat(Json.numbers(run, "$.summary.stars[*].customers").stream().mapToLong(Long::longValue).sum())
                .isEqualTo(1);
    }

    @Test
    void equalCustomersGetTheSameScoresInEveryRunAndTiesFollowTheCustomerId() {
        int year = 2002;
        List<Long> ids = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long id = TestCustomers.register(api, manager, "上海同分%d物流有限公司%d".formatted(year, i));
            ids.add(id);
            orders.add(new Order(id, year + "-03-%02d".formatted(1 + i), "TRANSPORT", 2, "1000.00", "600.00"));
        }
        ClassificationRunner.load(api, loader, orders);
        String body = """
                {"periodFrom":"2002-03-01","periodTo":"2002-03-31"}""";
        List<Map<String, Object>> first = customers(Json.number(ClassificationRunner.run(api, runner, body), "$.id"), "");
        List<Map<String, Object>> second = customers(Json.number(ClassificationRunner.run(api, runner, body), "$.id"), "");
        assertThat(ids(first)).containsExactlyElementsOf(ids.stream().sorted().toList());
        // 12 customers in ten purchase deciles: the first two deciles hold two, by customer id
        assertThat(first).extracting(line -> line.get("purchaseDecile"))
                .containsExactly(1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(first).extracting(line -> decimal(line, "potential")).as("equal orders, equal potential")
                .allSatisfy(potential -> assertThat(potential).isZero());
        assertThat(first).extracting(line -> line.get("loyalty")).as("equal figures, equal F").containsOnly(
                first.get(0).get("loyalty"));
        for (String field : List.of("customerId", "purchaseDecile", "star", "quadrant", "loyalty", "develop")) {
            assertThat(second).extracting(line -> line.get(field)).as(field)
                    .containsExactlyElementsOf(first.stream().map(line -> line.get(field)).toList());
        }
    }

    @Test
    void aCustomerWhoseReturnsExceedItsRevenueIsDWithoutMarginRatios() {
        int year = 2002;
        long gives = TestCustomers.register(api, manager, "上海净收%d物流有限公司".formatted(year));
        long takes = TestCustomers.register(api, manager, "上海退赔%d物流有限公司".formatted(year));
        ClassificationRunner.load(api, loader, List.of(
                new Order(gives, year + "-06-02", "TRANSPORT", 1, "800.00", "300.00"),
                new Order(takes, year + "-06-03", "TRANSPORT", 1, "1000.00", "400.00")));
        HttpResponse<String> returned = api.post("/api/v1/returns:batch", runner, """
                {"source":"CLS-RET-%d","items":[{"externalId":"R-1","customerId":%d,"occurredOn":"%d-03-01",
                 "kind":"COMPENSATION","amount":"1500.00","reason":"货物全损赔偿","responsibility":"OURS"}]}"""
                .formatted(System.nanoTime(), takes, year).replace("-03-01", "-06-20"));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        HttpResponse<String> run = ClassificationRunner.run(api, runner, """
                {"periodFrom":"2002-06-01","periodTo":"2002-06-30",%s}""".formatted(MANUAL));
        List<Map<String, Object>> customers = customers(Json.number(run, "$.id"), "");
        assertThat(ids(customers)).as("the loss last").containsExactly(gives, takes);
        Map<String, Object> loss = customers.get(1);
        assertThat(loss).containsEntry("grade", "D");
        assertThat(decimal(loss, "revenue")).isEqualByComparingTo("1000.00");
        assertThat(decimal(loss, "returns")).isEqualByComparingTo("1500.00");
        assertThat(decimal(loss, "netRevenue")).isEqualByComparingTo("-500.00");
        assertThat(decimal(loss, "margin")).isEqualByComparingTo("-900.00");
        assertThat(loss.get("marginRate")).isNull();
        assertThat(loss.get("crossRatio")).isNull();
        assertThat(loss.get("contribution")).as("the total margin −400 is not positive").isNull();
        double scale = scale(LocalDate.of(2002, 6, 1), LocalDate.of(2002, 6, 30));
        LoyaltyModel model = new LoyaltyModel(LoyaltyModel.Source.MANUAL, null, -3, 1, 0.5, 0.1, 0.1, 0.8,
                LoyaltyRules.QuantityBasis.PIECES, scale, null);
        assertThat(decimal(loss, "loyalty").doubleValue()).as("a negative amount counts as none")
                .isCloseTo(model.loyalty(scale, 1, scale, 0), within(0.00011));
        assertThat(new BigDecimal(Json.read(run, "$.summary.value.returns").toString())).isEqualByComparingTo("1500");
    }

    @Test
    void overlappingOrContradictoryRulesAreRefusedWithTheField() {
        HttpResponse<String> overlap = start("""
                "stars":{"levels":[{"stars":5,"maxDecile":2,"minLoyalty":0.6,"minPotential":0.3,"visitsPerYear":12},
                  {"stars":4,"maxDecile":2,"minLoyalty":0.6,"minPotential":0.3,"visitsPerYear":6},
                  {"stars":3,"maxDecile":4,"minLoyalty":0.4,"minPotential":0,"visitsPerYear":4},
                  {"stars":2,"maxDecile":7,"minLoyalty":0.2,"minPotential":0,"visitsPerYear":2}]}""");
        Problems.assertProblem(overlap, 400);
        assertThat(Json.text(overlap, "$.errors[0].field")).isEqualTo("stars.5A");
        assertThat(Json.text(overlap, "$.errors[0].message")).contains("5A", "4A", "重叠");

        HttpResponse<String> looser = start("""
                "stars":{"levels":[{"stars":5,"maxDecile":1,"minLoyalty":0.3,"minPotential":0.5,"visitsPerYear":12},
                  {"stars":4,"maxDecile":2,"minLoyalty":0.6,"minPotential":0.3,"visitsPerYear":6},
                  {"stars":3,"maxDecile":4,"minLoyalty":0.4,"minPotential":0,"visitsPerYear":4},
                  {"stars":2,"maxDecile":7,"minLoyalty":0.2,"minPotential":0,"visitsPerYear":2}]}""");
        Problems.assertProblem(looser, 400);
        assertThat(Json.text(looser, "$.errors[0].field")).isEqualTo("stars.5A.minLoyalty");
        assertThat(Json.text(looser, "$.errors[0].message")).contains("矛盾");

        HttpResponse<String> threshold = start("\"loyalty\":{\"threshold\":1.5}");
        Problems.assertProblem(threshold, 400);
        assertThat(Json.text(threshold, "$.errors[0].field")).isEqualTo("loyalty.threshold");

        HttpResponse<String> quadrants = start("\"quadrants\":{\"bestGrades\":[\"A\",\"B\"],\"developGrades\":[\"B\"]}");
        Problems.assertProblem(quadrants, 400);
        assertThat(Json.text(quadrants, "$.errors[0].field")).isEqualTo("quadrants.developGrades");
        assertThat(Json.text(quadrants, "$.errors[0].message")).contains("B");

        Problems.assertProblem(start("\"loyalty\":{\"mode\":\"GUESS\"}"), 400);
    }

    private HttpResponse<String> start(String part) {
        return api.post("/api/v1/classification/runs", runner, """
                {"periodFrom":"2002-01-01","periodTo":"2002-12-31",%s}""".formatted(part));
    }

    private List<Map<String, Object>> customers(long runId, String query) {
        HttpResponse<String> page = api.get("/api/v1/classification/runs/" + runId + "/customers?size=200" + query,
                runner);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Json.read(page, "$");
    }

    private static List<Long> ids(List<Map<String, Object>> lines) {
        return lines.stream().map(line -> ((Number) line.get("customerId")).longValue()).toList();
    }

    private static List<Long> idsWhere(List<Map<String, Object>> lines,
            java.util.function.Predicate<Map<String, Object>> which) {
        return ids(lines.stream().filter(which).toList());
    }

    private static BigDecimal decimal(Map<String, Object> line, String field) {
        return new BigDecimal(line.get(field).toString());
    }

    /** PostgreSQL's ntile: the first {@code n mod buckets} groups hold one row more. */
    private static int ntile(int index, int n, int buckets) {
        int small = n / buckets;
        int larger = n % buckets;
        int bound = larger * (small + 1);
        return index < bound ? index / (small + 1) + 1 : larger + (index - bound) / small + 1;
    }
}
