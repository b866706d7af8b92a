package com.logicrm.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.access.OnBehalf;
import com.logicrm.shipment.Rate;
import com.logicrm.shipment.ServiceIndicators;
import com.logicrm.shipment.ShipmentManagement;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Olist profile on the committed excerpt (825 orders, 31 sellers; source and licence in
 * {@code src/test/resources/realdata/README.md}): loaded through the customer import and the shipment
 * file load, the on-time rate the product computes (KPI-1) per seller and over all of them is the count
 * made here from the same CSV rows — delivered on or before the estimated delivery day.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OlistProfileTests {

    static final Path EXCERPT = Path.of("src/test/resources/realdata/olist");
    static final LocalDate FROM = LocalDate.of(2016, 1, 1);
    static final LocalDate TO = LocalDate.of(2018, 12, 31);

    @Autowired
    OlistProfile profile;

    @Autowired
    OnBehalf onBehalf;

    @Autowired
    ShipmentManagement shipments;

    @Autowired
    JdbcClient jdbc;

    OlistProfile.Loaded loaded;
    Counted counted;
    OffsetDateTime loadStarted;

    /** Per seller, counted here from the files: shipments (an order's items of one seller), delivered, on time. */
    record Counted(Map<String, long[]> perSeller, long pickupsAfterDelivery) {
    }

    @BeforeAll
    void load() throws IOException {
        loadStarted = jdbc.sql("select now()").query(OffsetDateTime.class).single();
        onBehalf.run("supervisor", user -> loaded = profile.load(EXCERPT, user));
        counted = count();
    }

    @Test
    void everySellerIsACustomerWithoutCreditCodeAndEveryOrderOfASellerAShipment() {
        assertThat(loaded.orders()).isEqualTo(825);
        assertThat(loaded.sellers()).isEqualTo(31).isEqualTo(counted.perSeller().size());
        assertThat(loaded.customers().filed()).isEqualTo(31);
        long pairs = counted.perSeller().values().stream().mapToLong(c -> c[0]).sum();
        assertThat(loaded.shipments().lines()).isEqualTo(pairs);
        assertThat(loaded.shipments().loaded()).isEqualTo(pairs);
        assertThat(loaded.shipments().rejected()).isZero();
        assertThat(loaded.pickupsLeftOut()).isEqualTo(counted.pickupsAfterDelivery()).isPositive();
        String seller = counted.perSeller().keySet().iterator().next();
        Map<String, Object> card = jdbc.sql("select credit_code, archive_no, address, tags from customer.customer"
                + " where name = ? and stage not in ('RETIRED', 'MERGED')").param("Olist seller " + seller)
                .query().singleRow();
        assertThat(card.get("credit_code")).isNull();
        assertThat((String) card.get("archive_no")).startsWith("KH-");
        assertThat((String) card.get("address")).matches(".+, [A-Z]{2}, \\d{5}, Brasil");
    }

    @Test
    void theOnTimeRatePerSellerAndOverallIsTheCountOfTheSameRows() {
        long onTime = 0;
        long delivered = 0;
        for (Map.Entry<String, long[]> seller : counted.perSeller().entrySet()) {
            ServiceIndicators kpi = kpis(seller.getKey());
            assertThat(kpi.orders()).as(seller.getKey()).isEqualTo(seller.getValue()[0]);
            assertThat(kpi.onTime().denominator()).as(seller.getKey()).isEqualTo(seller.getValue()[1]);
            assertThat(kpi.onTime().numerator()).as(seller.getKey()).isEqualTo(seller.getValue()[2]);
            onTime += kpi.onTime().numerator();
            delivered += kpi.onTime().denominator();
        }
        long expectedOnTime = counted.perSeller().values().stream().mapToLong(c -> c[2]).sum();
        long expectedDelivered = counted.perSeller().values().stream().mapToLong(c -> c[1]).sum();
        assertThat(onTime).isEqualTo(expectedOnTime);
        assertThat(delivered).isEqualTo(expectedDelivered);
        assertThat(Rate.of(onTime, delivered).value()).isEqualTo(BigDecimal.valueOf(expectedOnTime)
                .divide(BigDecimal.valueOf(expectedDelivered), 4, RoundingMode.HALF_UP));
        // some sellers deliver late, so the rate is a real measurement, not all ones
        assertThat(expectedOnTime).isLessThan(expectedDelivered);
        // what the profile reports is the same
        assertThat(loaded.overall()).isEqualTo(Rate.of(expectedOnTime, expectedDelivered));
        assertThat(loaded.onTime()).hasSize(31).allSatisfy(seller -> assertThat(seller.rate().numerator())
                .isEqualTo(counted.perSeller().get(seller.sellerId())[2]));
    }

    @Test
    void theFileLoadAnalysedItsStagingTableBeforeMerging() {
        // without fresh statistics the merge of a large file could be planned for one row (a nested loop)
        boolean analysedSince = jdbc.sql("select coalesce(last_analyze >= ?, false) from pg_stat_user_tables"
                + " where schemaname = 'shipment' and relname = 'file_load_row'")
                .param(loadStarted).query(Boolean.class).single();
        assertThat(analysedSince).as("shipment.file_load_row analysed since the load started").isTrue();
    }

    @Test
    void aSecondRunFilesAndLoadsNothingTwice() {
        OlistProfile.Loaded[] again = new OlistProfile.Loaded[1];
        onBehalf.run("supervisor", user -> again[0] = profile.load(EXCERPT, user));
        assertThat(again[0].customers().filed()).isZero();
        assertThat(again[0].customers().duplicates()).isEqualTo(31);
        assertThat(again[0].customers().byName()).hasSize(31);
        assertThat(again[0].shipments().loaded()).isZero();
        assertThat(again[0].shipments().alreadyLoaded()).isEqualTo(loaded.shipments().loaded());
        String seller = counted.perSeller().keySet().iterator().next();
        assertThat(kpis(seller).orders()).isEqualTo(counted.perSeller().get(seller)[0]);
    }

    @Test
    void aFolderWithoutTheOlistFilesIsRefusedBeforeAnythingIsLoaded(@org.junit.jupiter.api.io.TempDir Path empty) {
        assertThatThrownBy(() -> onBehalf.run("supervisor", user -> profile.load(empty, user)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("olist_orders_dataset.csv");
    }

    private ServiceIndicators kpis(String seller) {
        long id = jdbc.sql("select id from customer.customer where name = ? and stage not in ('RETIRED', 'MERGED')")
                .param("Olist seller " + seller).query(Long.class).single();
        ServiceIndicators[] kpi = new ServiceIndicators[1];
        onBehalf.run("supervisor", user -> kpi[0] = shipments.indicators(id, FROM, TO, user));
        return kpi[0];
    }

    /** The files' own count: ids, dates and amounts hold no commas, so a line splits on them. */
    private static Counted count() throws IOException {
        Map<String, String[]> orders = new HashMap<>();
        for (String[] order : lines(EXCERPT.resolve("olist_orders_dataset.csv"))) {
            // order_id, …, order_delivered_carrier_date (5), order_delivered_customer_date (6), estimated (7)
            orders.put(order[0], order);
        }
        Set<String> pairs = new LinkedHashSet<>();
        Map<String, long[]> perSeller = new TreeMap<>();
        long pickupsAfterDelivery = 0;
        for (String[] item : lines(EXCERPT.resolve("olist_order_items_dataset.csv"))) {
            if (!pairs.add(item[0] + " " + item[3])) {
                continue;
            }
            String[] order = orders.get(item[0]);
            long[] seller = perSeller.computeIfAbsent(item[3], s -> new long[3]);
            seller[0]++;
            String delivered = order[6];
            String estimated = order[7];
            if (!delivered.isEmpty() && !estimated.isEmpty()) {
                seller[1]++;
                if (delivered.substring(0, 10).compareTo(estimated.substring(0, 10)) <= 0) {
                    seller[2]++;
                }
            }
            if (!delivered.isEmpty() && !order[5].isEmpty() && order[5].compareTo(delivered) > 0) {
                pickupsAfterDelivery++;
            }
        }
        return new Counted(perSeller, pickupsAfterDelivery);
    }

    private static List<String[]> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split(",", -1)).toList();
    }
}
