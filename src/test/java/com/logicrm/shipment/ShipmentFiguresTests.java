package com.logicrm.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.support.ApiClient;
import com.logicrm.support.ClassificationRunner;
import com.logicrm.support.ClassificationRunner.Order;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.TestCustomers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The per-customer totals business data hands to classification: the period's orders only, summed per customer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShipmentFiguresTests {

    @LocalServerPort
    int port;

    @Autowired
    ShipmentFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate repeatableRead() {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return template;
    }

    @Test
    void totalsCoverTheOrdersOfThePeriodAndNothingElse() {
        ApiClient api = new ApiClient(port);
        String manager = DemoAccounts.token(api, "manager");
        long first = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("期间合计"));
        long second = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("期间合计"));
        ClassificationRunner.load(api, DemoAccounts.token(api, "finance"), List.of(
                new Order(first, "2014-04-30", "TRANSPORT", 9, "999.00", "1.00"),
                new Order(first, "2014-05-01", "TRANSPORT", 2, "100.50", "60.00"),
                new Order(first, "2014-05-17", "WAREHOUSING", 3, "200.00", "250.25"),
                new Order(first, "2014-05-31", "TRANSPORT", 5, "300.00", "100.00"),
                new Order(first, "2014-06-01", "EXPRESS", 9, "999.00", "1.00"),
                new Order(second, "2014-05-20", "EXPRESS", 1, "80.00", "90.00")));

        List<ShipmentFigures.CustomerTotals> totals = new ArrayList<>();
        figures.forEachCustomer(LocalDate.of(2014, 5, 1), LocalDate.of(2014, 5, 31), totals::add);

        assertThat(totals).as("customers in id order").containsExactly(
                new ShipmentFigures.CustomerTotals(first, 3, 2, 10, new BigDecimal("30.000"), new BigDecimal("600.50"),
                        new BigDecimal("410.25"), new BigDecimal("190.25"), LocalDate.of(2014, 5, 1),
                        LocalDate.of(2014, 5, 31)),
                new ShipmentFigures.CustomerTotals(second, 1, 1, 1, new BigDecimal("3.000"), new BigDecimal("80.00"),
                        new BigDecimal("90.00"), new BigDecimal("-10.00"), LocalDate.of(2014, 5, 20),
                        LocalDate.of(2014, 5, 20)));

        List<ShipmentFigures.CustomerTotals> none = new ArrayList<>();
        figures.forEachCustomer(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 1, 31), none::add);
        assertThat(none).isEmpty();
    }

    @Test
    void historyHandsOverThePeriodByServiceTheYearBeforeAndTheReturnsOfBoth() {
        ApiClient api = new ApiClient(port);
        String manager = DemoAccounts.token(api, "manager");
        long both = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("两年合计"));
        long left = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("两年合计"));
        long arrived = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("两年合计"));
        long onlyReturns = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("两年合计"));
        ClassificationRunner.load(api, DemoAccounts.token(api, "finance"), List.of(
                new Order(both, "2021-06-10", "TRANSPORT", 4, "100.00", "40.00"),
                new Order(both, "2022-03-01", "TRANSPORT", 1, "200.00", "50.00"),
                new Order(both, "2022-03-02", "EXPRESS", 2, "300.00", "100.00"),
                new Order(both, "2022-03-03", "TRANSPORT", 1, "50.00", "10.00"),
                new Order(left, "2021-02-01", "WAREHOUSING", 7, "90.00", "30.00"),
                new Order(arrived, "2022-12-31", "EXPRESS", 1, "10.00", "5.00"),
                new Order(both, "2020-12-31", "TRANSPORT", 9, "999.00", "1.00")));
        String supervisor = DemoAccounts.token(api, "supervisor");
        assertThat(api.post("/api/v1/returns:batch", supervisor, ShipmentFixtures.batch("FIG-" + both, List.<Map<String, Object>>of(
                Map.of("externalId", "R1", "customerId", both, "occurredOn", "2022-04-01", "kind", "DISCOUNT",
                        "amount", "70.00", "reason", "年度折让", "responsibility", "CUSTOMER"),
                Map.of("externalId", "R2", "customerId", both, "occurredOn", "2021-07-01", "kind", "RETURN",
                        "amount", "20.00", "reason", "退货", "responsibility", "OURS"),
                Map.of("externalId", "R3", "customerId", onlyReturns, "occurredOn", "2022-05-01", "kind", "RETURN",
                        "amount", "5.00", "reason", "退货", "responsibility", "OURS")))).statusCode()).isEqualTo(200);

        // other tests' customers may have shipments in these years too (the real-data excerpts are 2010–11 and 2016–18)
        String mine = "customer_id in (%d, %d, %d, %d)".formatted(both, left, arrived, onlyReturns);
        repeatableRead().executeWithoutResult(status -> {
            figures.periodAndYearBeforeInto("figures_test", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1),
                    LocalDate.of(2022, 12, 31));
            List<Map<String, Object>> rows = jdbc.sql("select " + ShipmentFigures.COLUMNS
                    + " from figures_test where " + mine + " order by customer_id").query().listOfRows();

            assertThat(rows).extracting(row -> row.get("customer_id")).as("no orders, not there")
                    .containsExactly(both, left, arrived);
            Map<String, Object> first = rows.get(0);
            assertThat(first).containsEntry("orders", 3L).containsEntry("service_types", 2).containsEntry("pieces", 4L)
                    .containsEntry("first_order_on", java.sql.Date.valueOf("2022-03-01"))
                    .containsEntry("last_order_on", java.sql.Date.valueOf("2022-03-03"))
                    .containsEntry("previous_orders", 1L).containsEntry("previous_service_types", 1)
                    .containsEntry("previous_pieces", 4L);
            assertThat((BigDecimal) first.get("weight_kg")).isEqualByComparingTo("12.000");
            assertThat((BigDecimal) first.get("revenue")).isEqualByComparingTo("550.00");
            assertThat((BigDecimal) first.get("cost")).isEqualByComparingTo("160.00");
            assertThat((BigDecimal) first.get("returns")).isEqualByComparingTo("70.00");
            assertThat((BigDecimal) first.get("previous_weight_kg")).isEqualByComparingTo("12.000");
            assertThat((BigDecimal) first.get("previous_revenue")).as("2021 only, less its returns")
                    .isEqualByComparingTo("80.00");
            assertThat(rows.get(1)).as("ordered only the year before").containsEntry("orders", null)
                    .containsEntry("service_types", null).containsEntry("previous_orders", 1L);
            assertThat(rows.get(2)).as("new this year").containsEntry("previous_orders", null);
            assertThat((BigDecimal) rows.get(2).get("returns")).isEqualByComparingTo("0");

            // the by-service figures are the whole period's: keep to this test's customers by their table rows
            jdbc.sql("delete from figures_test where not (" + mine + ")").update();
            List<ShipmentFigures.ServiceTotals> services = figures.byService("figures_test",
                    figures.byServiceAlongside(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)).join());
            assertThat(services).extracting(ShipmentFigures.ServiceTotals::serviceType)
                    .as("only the services of the period, whoever used them").contains("EXPRESS", "TRANSPORT")
                    .doesNotContain("WAREHOUSING");
            ShipmentFigures.ServiceTotals express = services.stream()
                    .filter(service -> service.serviceType().equals("EXPRESS")).findFirst().orElseThrow();
            assertThat(express.customers()).as("both and arrived used express in 2022").isEqualTo(2);
        });
    }

    @Test
    void theShipmentsByServiceAreReadUnderTheCallersSnapshot() {
        ApiClient api = new ApiClient(port);
        long customer = TestCustomers.register(api, DemoAccounts.token(api, "manager"),
                ShipmentFixtures.uniqueName("同一快照"));
        String finance = DemoAccounts.token(api, "finance");
        ClassificationRunner.load(api, finance, List.of(new Order(customer, "2017-08-01", "PROCESSING", 1, "10.00", "4.00")));
        LocalDate from = LocalDate.of(2017, 8, 1);
        LocalDate to = LocalDate.of(2017, 8, 31);

        List<ShipmentFigures.ServiceShipments> before = repeatableRead().execute(status -> {
            List<ShipmentFigures.ServiceShipments> first = figures.byServiceAlongside(from, to).join();
            // committed by the server meanwhile, on a connection of its own: after the caller's snapshot
            ClassificationRunner.load(api, finance, List.of(new Order(customer, "2017-08-02", "PROCESSING", 1, "5.00", "1.00")));
            assertThat(figures.byServiceAlongside(from, to).join()).as("the caller's snapshot, not a fresh one")
                    .isEqualTo(first);
            return first;
        });
        List<ShipmentFigures.ServiceShipments> after = repeatableRead()
                .execute(status -> figures.byServiceAlongside(from, to).join());
        assertThat(processing(after).orders()).isEqualTo(processing(before).orders() + 1);
        assertThat(processing(after).revenue()).isEqualByComparingTo(processing(before).revenue().add(new BigDecimal("5.00")));
    }

    private static ShipmentFigures.ServiceShipments processing(List<ShipmentFigures.ServiceShipments> services) {
        return services.stream().filter(service -> service.serviceType().equals("PROCESSING")).findFirst().orElseThrow();
    }

    @Test
    void theShipmentsByServiceNeedATransactionThatKeepsItsSnapshot() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> figures.byServiceAlongside(
                LocalDate.of(2017, 8, 1), LocalDate.of(2017, 8, 31)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read committed");
    }

    @Test
    void aSumOfCentsStaysExactWhereDoublesOfTheAmountsWouldNot() {
        ApiClient api = new ApiClient(port);
        long customer = TestCustomers.register(api, DemoAccounts.token(api, "manager"),
                ShipmentFixtures.uniqueName("分毫不差"));
        // 0.1 and 0.2 are not exact in doubles, and a double of eleven trillion keeps no cents once it is
        // written with its 15 significant digits: the amounts summed as doubles give 11000000000002.9
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            orders.add(new Order(customer, "2019-03-%02d".formatted(i + 1), "TRANSPORT", 1, "0.10", "0.20"));
            orders.add(new Order(customer, "2019-04-%02d".formatted(i + 1), "TRANSPORT", 1, "0.20", "0.10"));
        }
        for (int i = 0; i < 11; i++) {
            orders.add(new Order(customer, "2019-05-%02d".formatted(i + 1), "EXPRESS", 1, "999999999999.99", "0.01"));
        }
        ClassificationRunner.load(api, DemoAccounts.token(api, "finance"), orders);

        transactions.executeWithoutResult(status -> {
            figures.periodAndYearBeforeInto("cents_test", LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1),
                    LocalDate.of(2019, 12, 31));
            Map<String, Object> row = jdbc.sql("select revenue, cost from cents_test where customer_id = ?")
                    .param(customer).query().singleRow();
            assertThat(row.get("revenue").toString()).isEqualTo("11000000000002.89");
            assertThat(row.get("cost").toString()).isEqualTo("3.11");
        });
    }

    @Test
    void theTableNameIsANameAndNothingElse() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> figures.periodAndYearBeforeInto(
                "t; drop table shipment.shipment", LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31)))).isInstanceOf(IllegalArgumentException.class);
    }
}
