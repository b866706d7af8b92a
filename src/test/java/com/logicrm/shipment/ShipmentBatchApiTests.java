package com.logicrm.shipment;

import static com.logicrm.shipment.ShipmentFixtures.item;
import static com.logicrm.shipment.ShipmentFixtures.load;
import static com.logicrm.shipment.ShipmentFixtures.source;
import static com.logicrm.shipment.ShipmentFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Problems;
import com.logicrm.support.TestCustomers;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** TXN-2 over real HTTP on a real PostgreSQL: batches, per-item errors, idempotency, limits, partitions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShipmentBatchApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShipmentLoader shipmentLoader;

    ApiClient api;
    String loader;
    String manager;
    long customer;

    @BeforeEach
    void aCustomer() {
        api = new ApiClient(port);
        loader = DemoAccounts.token(api, "supervisor");
        manager = DemoAccounts.token(api, "manager");
        customer = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("运单"));
    }

    @Test
    void aBatchIsLoadedOnceAndARepeatedBatchChangesNothing() {
        Map<String, Object> credit = ShipmentFixtures.registerWithCreditCode(api, manager,
                ShipmentFixtures.uniqueName("信用"), ShipmentFixtures.creditCode());
        String creditCode = jdbc.sql("select credit_code from customer.customer where id = ?")
                .param(credit.get("id")).query(String.class).single();
        String source = source();
        List<Map<String, Object>> items = List.of(
                item("A-1", customer, "2026-10-03", 4, "120.500", "860.00", "610.00"),
                with(item("A-2", 0, "2026-10-09", 2, "40", "300.00", "180.00"), "customerId", null,
                        "customerArchiveNo", credit.get("archiveNo")),
                with(item("A-3", 0, "2026-11-20", 1, "5.2", "99.90", "60.00"), "customerId", null,
                        "customerCreditCode", creditCode.toLowerCase()));

        HttpResponse<String> first = load(api, loader, source, items);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Json.number(first, "$.received")).isEqualTo(3);
        assertThat(Json.number(first, "$.loaded")).isEqualTo(3);
        assertThat(Json.number(first, "$.alreadyLoaded")).isZero();
        assertThat(Json.number(first, "$.rejected")).isZero();
        assertThat(Json.<List<?>>read(first, "$.errors")).isEmpty();
        assertThat(stored(source)).containsExactly(
                tuple("A-1", customer, "2026-10-03"),
                tuple("A-2", credit.get("id"), "2026-10-09"),
                tuple("A-3", credit.get("id"), "2026-11-20"));
        List<Map<String, Object>> monthsBefore = months(customer, (Long) credit.get("id"));

        HttpResponse<String> again = load(api, loader, source, items);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(Json.number(again, "$.loaded")).isZero();
        assertThat(Json.number(again, "$.alreadyLoaded")).isEqualTo(3);
        assertThat(stored(source)).hasSize(3);
        assertThat(months(customer, (Long) credit.get("id"))).isEqualTo(monthsBefore);

        // a batch that brings one new item beside two loaded ones stores and sums only the new one
        List<Map<String, Object>> overlapping = new ArrayList<>(items.subList(0, 2));
        overlapping.add(item("A-4", customer, "2026-10-05", 1, "1", "40.00", "25.00"));
        Map<String, Object> october = october(customer);
        HttpResponse<String> overlap = load(api, loader, source, overlapping);
        assertThat(Json.number(overlap, "$.loaded")).as(overlap.body()).isEqualTo(1);
        assertThat(Json.number(overlap, "$.alreadyLoaded")).isEqualTo(2);
        assertThat(stored(source)).hasSize(4);
        assertThat(october(customer))
                .containsEntry("orders", (Long) october.get("orders") + 1)
                .containsEntry("revenue", ((BigDecimal) october.get("revenue")).add(new BigDecimal("40.00")));

        // the same external id from another system is another shipment
        HttpResponse<String> otherSource = load(api, loader, source + "-B", items.subList(0, 1));
        assertThat(Json.number(otherSource, "$.loaded")).isEqualTo(1);
    }

    @Test
    void badItemsAreReportedOneByOneAndTheGoodOnesLoaded() {
        String source = source();
        Map<String, Object> good = item("G-1", customer, "2026-10-01", 3, "30", "300.00", "200.00");
        List<Map<String, Object>> items = new ArrayList<>(List.of(
                good,                                                                             // 0 good
                with(good, "externalId", "B-1", "customerId", 999_999_999L),                     // 1 unknown id
                with(good, "externalId", "B-2", "customerId", null, "customerArchiveNo", "KH-1900-999999"), // 2
                with(good, "externalId", "B-3", "pickedUpAt", "2026-10-02T09:00:00+08:00",
                        "deliveredAt", "2026-10-02T08:59:00+08:00"),                             // 3 before pickup
                with(good, "externalId", "B-4", "revenue", "-1.00"),                             // 4 negative
                with(good, "externalId", "B-5", "pieces", -2),                                   // 5 negative
                with(good, "externalId", "DUP"),                                                 // 6 duplicate
                with(good, "externalId", "DUP"),                                                 // 7 duplicate
                with(good, "externalId", "B-8", "customerId", null),                             // 8 no customer
                with(good, "externalId", "B-9", "orderedOn", "1999-12-31"),                      // 9 too early
                with(good, "externalId", "B-10", "orderedOn", "2031-01-01"),                     // 10 too far out
                with(good, "externalId", "B-11", "serviceType", "TELEPORT"),                     // 11 no such service
                with(good, "externalId", "B-12", "destinationRegion", "999999"),                 // 12 no such region
                with(good, "externalId", "B-13", "damagedPieces", 4),                            // 13 more than carried
                with(good, "externalId", "B-14", "customerCreditCode", ShipmentFixtures.creditCode()), // 14 two references
                with(good, "externalId", "B-15", "customerId", null, "customerCreditCode", "123"), // 15 bad code
                with(good, "externalId", null),                                                  // 16 no external id
                with(good, "externalId", "G-2", "orderedOn", "2026-11-15"),                      // 17 good
                with(good, "externalId", "B-18", "revenue", "1000000000000.00"),                 // 18 absurd
                with(good, "externalId", "B-19", "cost", "10.001")));                            // 19 a tenth of a fen

        HttpResponse<String> answer = load(api, loader, source, items);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Json.number(answer, "$.received")).isEqualTo(20);
        assertThat(Json.number(answer, "$.loaded")).isEqualTo(2);
        assertThat(Json.number(answer, "$.rejected")).isEqualTo(18);
        List<Map<String, Object>> errors = Json.read(answer, "$.errors");
        assertThat(errors).extracting(e -> e.get("index"), e -> e.get("field"), e -> e.get("code")).containsExactly(
                tuple(1, "customerId", "customerUnknown"),
                tuple(2, "customerArchiveNo", "customerUnknown"),
                tuple(3, "deliveredAt", "deliveredBeforePickup"),
                tuple(4, "revenue", "negative"),
                tuple(5, "pieces", "negative"),
                tuple(6, "externalId", "duplicateInBatch"),
                tuple(7, "externalId", "duplicateInBatch"),
                tuple(8, "customer", "customerMissing"),
                tuple(9, "orderedOn", "outOfRange"),
                tuple(10, "orderedOn", "outOfRange"),
                tuple(11, "serviceType", "invalid"),
                tuple(12, "destinationRegion", "invalid"),
                tuple(13, "damagedPieces", "exceedsPieces"),
                tuple(14, "customer", "customerAmbiguous"),
                tuple(15, "customerCreditCode", "invalid"),
                tuple(16, "externalId", "required"),
                tuple(18, "revenue", "invalid"),
                tuple(19, "cost", "invalid"));
        assertThat(errors.get(0).get("message")).isEqualTo("档案中没有这个客户。");
        assertThat(errors.get(2).get("message")).isEqualTo("送达时间早于提货时间。");
        assertThat(stored(source)).extracting(row -> row.toList().get(0)).containsExactly("G-1", "G-2");

        HttpResponse<String> english = load(api, loader, "en", source, items.subList(1, 2));
        assertThat(Json.text(english, "$.errors[0].message")).isEqualTo("No such customer in the archive.");
    }

    @Test
    void aBatchOfTenThousandIsTakenAndOneMoreIsRefused() {
        String source = source();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            items.add(item("N-" + i, customer, "2026-11-%02d".formatted(1 + i % 28), 1, "1.5", "12.00", "8.00"));
        }
        HttpResponse<String> full = load(api, loader, source, items);
        assertThat(full.statusCode()).as(full.body()).isEqualTo(200);
        assertThat(Json.number(full, "$.loaded")).isEqualTo(10_000);
        assertThat(jdbc.sql("select orders from shipment.customer_month where customer_id = ?").param(customer)
                .query(Long.class).single()).isEqualTo(10_000);

        items.add(item("N-10000", customer, "2026-11-30", 1, "1", "1.00", "1.00"));
        HttpResponse<String> tooMany = load(api, loader, source(), items);
        assertThat(Problems.assertProblem(tooMany, 413)).contains("10000", "10001");
    }

    @Test
    void partitionsExistAheadAndForTheMonthsALoadTouches() {
        assertThat(partitions("shipment")).contains("shipment_y2026m12", "shipment_y2027m01", "shipment_y2027m02",
                "shipment_y2027m03");
        assertThat(partitions("customer_month")).as("the summary's months beside the shipments'")
                .contains("customer_month_y2026m12", "customer_month_y2027m01", "customer_month_y2027m02",
                        "customer_month_y2027m03");
        String source = source();
        HttpResponse<String> old = load(api, loader, source, List.of(
                item("P-1", customer, "2003-04-15", 1, "1", "10.00", "5.00")));
        assertThat(Json.number(old, "$.loaded")).as(old.body()).isEqualTo(1);
        assertThat(partitions("shipment")).contains("shipment_y2003m04");
        assertThat(partitions("customer_month")).contains("customer_month_y2003m04");
        assertThat(jdbc.sql("select count(*) from shipment.shipment_y2003m04 where customer_id = ?").param(customer)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select orders from shipment.customer_month_y2003m04 where customer_id = ?")
                .param(customer).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pg_partitioned_table p join pg_class c on c.oid = p.partrelid "
                + "where c.relname = 'shipment' and p.partdefid <> 0").query(Long.class).single())
                .as("no default partition: far-out dates are refused per item instead").isZero();
    }

    @Test
    void aLoadThatFailsLeavesNothingBehind() {
        String source = source();
        List<ShipmentItem> items = List.of(new ShipmentItem(null, "F-1", customer, null, null, "2026-10-05",
                "TRANSPORT", null, null, 3, null, null, new BigDecimal("10.00"), null, null, null, null,
                null, null, null, null, null, null, null, null));
        // the monthly sums are the last part of the merge: make them fail for this customer only
        String block = "test_block_" + customer;
        jdbc.sql("alter table shipment.customer_month add constraint " + block + " check (customer_id <> " + customer
                + ") not valid").update();
        try {
            assertThatThrownBy(() -> shipmentLoader.load(source, items, "system"))
                    .isInstanceOf(DataAccessException.class);
        } finally {
            jdbc.sql("alter table shipment.customer_month drop constraint " + block).update();
        }
        assertThat(stored(source)).isEmpty();
        assertThat(months(customer)).isEmpty();

        assertThat(shipmentLoader.load(source, items, "system").loaded()).as("the same batch, now it can").isEqualTo(1);
        assertThat(months(customer)).hasSize(1);
    }

    @Test
    void loadingNeedsTheWritePermission() {
        HttpResponse<String> refused = load(api, manager, source(), List.of(
                item("X-1", customer, "2026-10-01", 1, "1", "1.00", "1.00")));
        Problems.assertProblem(refused, 403);
        HttpResponse<String> empty = load(api, loader, source(), List.of());
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(Json.number(empty, "$.received")).isZero();
    }

    @Test
    void theApiDescriptionListsTheBusinessDataEndpoints() {
        HttpResponse<String> description = api.get("/v3/api-docs", null);
        assertThat(description.statusCode()).as(description.body()).isEqualTo(200);
        assertThat(ShipmentFixtures.JSON.readTree(description.body()).path("paths").propertyNames())
                .contains("/api/v1/shipments:batch", "/api/v1/customers/{id}/summary", "/api/v1/customers/{id}/kpis");
    }

    private Map<String, Object> october(long customerId) {
        return jdbc.sql("select orders, revenue from shipment.customer_month where customer_id = ? "
                + "and month = date '2026-10-01'").param(customerId).query().singleRow();
    }

    private List<Tuple> stored(String source) {
        return jdbc.sql("select external_id, customer_id, ordered_on::text from shipment.shipment where source = ? "
                + "order by external_id")
                .param(source)
                .query((row, n) -> tuple(row.getString(1), row.getLong(2), row.getString(3)))
                .list();
    }

    private List<Map<String, Object>> months(long... customers) {
        return jdbc.sql("select * from shipment.customer_month where customer_id = any(?) order by customer_id, month")
                .param(Arrays.stream(customers).boxed().toArray(Long[]::new))
                .query().listOfRows();
    }

    private List<String> partitions(String table) {
        return jdbc.sql("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                + "join pg_class p on p.oid = i.inhparent where p.relname = ? order by 1")
                .param(table).query(String.class).list();
    }
}
