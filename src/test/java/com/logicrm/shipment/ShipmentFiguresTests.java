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
}
