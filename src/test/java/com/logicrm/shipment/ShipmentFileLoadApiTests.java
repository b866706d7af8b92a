package com.logicrm.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.JobPolling;
import com.logicrm.support.Json;
import com.logicrm.support.Problems;
import com.logicrm.support.TestCustomers;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** TXN-2 bulk file load: a CSV uploaded, COPY-staged, checked set-based and merged by a background job. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShipmentFileLoadApiTests {

    static final String HEADER = String.join(",", FileLoadRun.COLUMNS);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String loader;
    long customer;
    String archiveNo;

    @BeforeEach
    void aCustomer() {
        api = new ApiClient(port);
        loader = DemoAccounts.token(api, "supervisor");
        String manager = DemoAccounts.token(api, "manager");
        Map<String, Object> registered = ShipmentFixtures.registerWithCreditCode(api, manager,
                ShipmentFixtures.uniqueName("文件"), ShipmentFixtures.creditCode());
        customer = (Long) registered.get("id");
        archiveNo = (String) registered.get("archiveNo");
    }

    @Test
    void withSkipTheGoodLinesAreLoadedAndEachBadLineIsReportedByItsNumber() {
        String source = ShipmentFixtures.source();
        List<String> lines = List.of(
                HEADER,                                                                                     // 1
                line("F-1", "2026-10-03", "TRANSPORT", "3", "100.00", "60.00", "", ""),                   // 2 good
                "F-2,,%s,,2026-10-09,EXPRESS,1,2.5,,50.50,20.00,,,".formatted(archiveNo),                  // 3 good
                line("F-3", "2026-11-01", "TRANSPORT", "1", "-5.00", "1.00", "", ""),                      // 4 negative
                line("F-4", "2026-11-02", "TRANSPORT", "1", "5.00", "1.00", "2026-11-02T10:00:00+08:00",
                        "2026-11-02T09:00:00+08:00"),                                                       // 5 before
                "F-5,999999999,,,2026-11-03,TRANSPORT,1,1,,1.00,1.00,,,",                                  // 6 unknown
                line("DUP", "2026-11-04", "TRANSPORT", "1", "1.00", "1.00", "", ""),                       // 7 dup
                line("DUP", "2026-11-05", "TRANSPORT", "1", "1.00", "1.00", "", ""),                       // 8 dup
                "F-6,%d,2026-11-06,TRANSPORT".formatted(customer),                                          // 9 short
                line("F-7", "2026-02-30", "TRANSPORT", "1", "1.00", "1.00", "", ""),                       // 10 no date
                "",                                                                                         // 11 blank
                line("F-8", "2026-11-20", "TRANSPORT", "2", "300.00", "100.00", "2026-11-20T08:00:00+08:00",
                        "2026-11-21T08:00:00+08:00"));                                                      // 12 good
        JsonNode done = uploadAndWait(source, "SKIP", lines);

        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("LOADED");
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        assertThat(done.path("lines").asLong()).isEqualTo(10);
        assertThat(done.path("loaded").asLong()).isEqualTo(3);
        assertThat(done.path("rejected").asLong()).isEqualTo(7);
        assertThat(done.path("errors").valueStream().map(e -> tuple(e.path("line").asLong(),
                e.path("field").asString(), e.path("code").asString())).toList()).containsExactly(
                        tuple(4L, "revenue", "negative"),
                        tuple(5L, "deliveredAt", "deliveredBeforePickup"),
                        tuple(6L, "customerId", "customerUnknown"),
                        tuple(7L, "externalId", "duplicateInBatch"),
                        tuple(8L, "externalId", "duplicateInBatch"),
                        tuple(9L, "line", "malformed"),
                        tuple(10L, "orderedOn", "invalid"));
        assertThat(done.path("errors").get(0).path("message").asString()).isEqualTo("不能为负数。");

        assertThat(jdbc.sql("select external_id from shipment.shipment where source = ? order by 1").param(source)
                .query(String.class).list()).containsExactly("F-1", "F-2", "F-8");
        // the monthly summary grew by exactly the good lines: October 100.00 + 50.50, November 300.00
        assertThat(jdbc.sql("select to_char(month, 'YYYY-MM'), orders, revenue from shipment.customer_month "
                + "where customer_id = ? order by month").param(customer)
                .query((row, n) -> tuple(row.getString(1), row.getLong(2), row.getBigDecimal(3))).list())
                .containsExactly(tuple("2026-10", 2L, new BigDecimal("150.50")),
                        tuple("2026-11", 1L, new BigDecimal("300.00")));
        assertThat(jdbc.sql("select count(*) from shipment.file_load_row").query(Long.class).single())
                .as("nothing left in the staging table").isZero();

        JsonNode again = uploadAndWait(source, "SKIP", lines);
        assertThat(again.path("loaded").asLong()).isZero();
        assertThat(again.path("alreadyLoaded").asLong()).isEqualTo(3);
        assertThat(jdbc.sql("select orders from shipment.customer_month where customer_id = ? order by month")
                .param(customer).query(Long.class).list()).containsExactly(2L, 1L);
    }

    @Test
    void withRefuseOneBadLineRefusesTheWholeFile() {
        String source = ShipmentFixtures.source();
        JsonNode done = uploadAndWait(source, "REFUSE", List.of(HEADER,
                line("R-1", "2026-10-03", "TRANSPORT", "3", "100.00", "60.00", "", ""),
                line("R-2", "2026-10-04", "TELEPORT", "3", "100.00", "60.00", "", "")));
        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("REFUSED");
        assertThat(done.path("loaded").asLong()).isZero();
        assertThat(done.path("errors").valueStream().map(e -> e.path("line").asLong() + " " + e.path("code").asString())
                .toList()).containsExactly("3 invalid");
        assertThat(jdbc.sql("select count(*) from shipment.shipment where source = ?").param(source)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMergeThatFailsLeavesNothingBehindAndTheLoadFailed() {
        String source = ShipmentFixtures.source();
        String block = "test_block_file_" + customer;
        jdbc.sql("alter table shipment.customer_month add constraint " + block + " check (customer_id <> " + customer
                + ") not valid").update();
        JsonNode done;
        try {
            done = uploadAndWait(source, "SKIP", List.of(HEADER,
                    line("X-1", "2026-10-03", "TRANSPORT", "3", "100.00", "60.00", "", "")));
        } finally {
            jdbc.sql("alter table shipment.customer_month drop constraint " + block).update();
        }
        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("FAILED");
        assertThat(jdbc.sql("select count(*) from shipment.shipment where source = ?").param(source)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from shipment.shipment where customer_id = ?").param(customer)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from shipment.file_load_row").query(Long.class).single()).isZero();
    }

    @Test
    void aLoadWhoseInstanceStoppedIsShownFailedOnceItsJobIsGivenUp() {
        long deadJob = JobPolling.abandonedJob(jdbc, "shipment-file-load", "supervisor");
        long stuck = jdbc.sql("""
                insert into shipment.file_load (owner, source, file_name, on_error, locale, content, state, job_id)
                values ('supervisor', ?, 'stuck.csv', 'SKIP', 'zh-CN', ?, 'RUNNING', ?) returning id""")
                .params(ShipmentFixtures.source(), HEADER.getBytes(StandardCharsets.UTF_8), deadJob)
                .query(Long.class).single();

        HttpResponse<String> shown = api.get("/api/v1/shipments/loads/" + stuck, loader);

        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        assertThat(Json.text(shown, "$.state")).isEqualTo("FAILED");
        assertThat(Json.<Boolean>read(shown, "$.finished")).isTrue();
        assertThat(Json.text(shown, "$.failure")).startsWith("导入这个文件的实例在导入结束前停止了");
    }

    @Test
    void aWrongHeaderFailsWithAReasonAndOnlyTheLoaderMayStartOrSeeIt() {
        JsonNode failed = uploadAndWait(ShipmentFixtures.source(), "SKIP", List.of("id,date,amount", "1,2,3"));
        assertThat(failed.path("state").asString()).isEqualTo("FAILED");
        assertThat(failed.path("failure").asString()).startsWith("文件第一行须是栏目名");

        String manager = DemoAccounts.token(api, "manager");
        Problems.assertProblem(upload(manager, "X", "SKIP", List.of(HEADER)), 403);
        Problems.assertProblem(upload(loader, "X", "SOMETIMES", List.of(HEADER)), 400);
        HttpResponse<String> theirs = api.get("/api/v1/shipments/loads/" + failed.path("id").asLong(),
                DemoAccounts.token(api, "sales"));
        Problems.assertProblem(theirs, 404);
        assertThat(ShipmentFixtures.JSON.readTree(api.get("/v3/api-docs", null).body()).path("paths").propertyNames())
                .contains("/api/v1/shipments/loads", "/api/v1/shipments/loads/{id}");
    }

    private String line(String externalId, String orderedOn, String service, String pieces, String revenue,
            String cost, String pickedUp, String delivered) {
        return String.join(",", externalId, Long.toString(customer), "", "", orderedOn, service, pieces, "1.5", "",
                revenue, cost, pickedUp, "", delivered);
    }

    private HttpResponse<String> upload(String token, String source, String onError, List<String> lines) {
        return api.multipart("/api/v1/shipments/loads", token, Map.of("source", source, "onError", onError),
                new ApiClient.FilePart("file", "运单.csv", "text/csv",
                        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode uploadAndWait(String source, String onError, List<String> lines) {
        HttpResponse<String> started = upload(loader, source, onError, lines);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<String> seen = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> now = api.get(location, loader);
            assertThat(now.statusCode()).as(now.body()).isEqualTo(200);
            JsonNode load = ShipmentFixtures.JSON.readTree(now.body());
            seen.add(load.path("state").asString());
            if (load.path("finished").asBoolean()) {
                return load;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new AssertionError("the load did not finish: " + seen);
    }
}
