package com.logicrm.shipment;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The per-customer totals business data hands to classification: the period's orders only, summed per customer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShipmentFiguresTests {

    @LocalServerPort
    int port;

    @Autowired
    ShipmentFigures figures;

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
        List<Long> mine = List.of(both, left, arrived, onlyReturns);
        List<ShipmentFigures.CustomerHistory> rows = new ArrayList<>();
        figures.forEachCustomerWithHistory(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31), row -> {
                    if (mine.contains(row.customerId())) {
                        rows.add(row);
                    }
                });

        assertThat(rows).extracting(ShipmentFigures.CustomerHistory::customerId).as("no orders, not handed over")
                .containsExactly(both, left, arrived);
        ShipmentFigures.CustomerHistory first = rows.get(0);
        assertThat(first.period()).isEqualTo(new ShipmentFigures.CustomerTotals(both, 3, 2, 4, new BigDecimal("12.000"),
                new BigDecimal("550.00"), new BigDecimal("160.00"), new BigDecimal("390.00"), LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 3, 3)));
        assertThat(first.returns()).isEqualByComparingTo("70.00");
        assertThat(first.services()).containsExactly(
                new ShipmentFigures.ServiceTotals("EXPRESS", 1, new BigDecimal("300.00"), new BigDecimal("100.00")),
                new ShipmentFigures.ServiceTotals("TRANSPORT", 2, new BigDecimal("250.00"), new BigDecimal("60.00")));
        assertThat(first.previous()).as("2021 only, less its returns").isEqualTo(
                new ShipmentFigures.YearTotals(1, 1, 4, new BigDecimal("12.000"), new BigDecimal("80.00")));
        assertThat(rows.get(1).period()).as("ordered only the year before").isNull();
        assertThat(rows.get(1).services()).isEmpty();
        assertThat(rows.get(1).previous().orders()).isEqualTo(1);
        assertThat(rows.get(2).previous()).as("new this year").isNull();
        assertThat(rows.get(2).returns()).isEqualByComparingTo("0");
    }
}
