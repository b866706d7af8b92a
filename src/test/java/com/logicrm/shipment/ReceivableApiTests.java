package com.logicrm.shipment;

import static com.logicrm.shipment.ReceivableFixtures.invoice;
import static com.logicrm.shipment.ReceivableFixtures.loadInvoices;
import static com.logicrm.shipment.ReceivableFixtures.loadPayments;
import static com.logicrm.shipment.ReceivableFixtures.payment;
import static com.logicrm.shipment.ShipmentFixtures.source;
import static com.logicrm.shipment.ShipmentFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.logicrm.shipment.ReceivableFixtures.Invoice;
import com.logicrm.shipment.ReceivableFixtures.Payment;
import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Problems;
import com.logicrm.support.TestCustomers;
import com.logicrm.support.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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

/** TXN-3 over real HTTP on a real PostgreSQL: invoice and payment batches, balances and ageing at a date. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReceivableApiTests {

    static final List<Invoice> INVOICES = List.of(
            new Invoice("INV-1", "2026-07-01", "2026-07-31", "1000.00"),
            new Invoice("INV-2", "2026-08-15", "2026-09-14", "500.00"),
            new Invoice("INV-3", "2026-09-20", "2026-10-20", "800.00"),
            new Invoice("INV-4", "2026-10-25", "2026-11-24", "1200.00"),
            new Invoice("INV-5", "2026-11-20", "2026-12-20", "300.00"),
            new Invoice("INV-6", "2026-12-05", "2027-01-04", "100.00"),
            new Invoice("INV-7", "2026-11-01", "2026-11-30", "50.00"),
            new Invoice("INV-8", "2026-08-01", "2026-08-31", "70.50"));
    static final List<Payment> PAYMENTS = List.of(
            new Payment("P-1", "2026-08-01", "400.00", "INV-1"),
            new Payment("P-2", "2026-10-01", "700.00", null),
            new Payment("P-3", "2026-11-10", "900.00", "INV-3"),
            new Payment("P-4", "2026-12-02", "5000.00", null));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String finance;
    String manager;
    long customer;

    @BeforeEach
    void aCustomer() {
        api = new ApiClient(port);
        finance = DemoAccounts.token(api, "finance");
        manager = DemoAccounts.token(api, "manager");
        customer = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("应收"));
    }

    @Test
    void balanceAndAgeingAtADateAreWhatTheInvoicesAndPaymentsSentMakeThem() {
        loadAll();
        for (String at : List.of("2026-07-15", "2026-09-30", "2026-11-30", "2026-12-10", "2027-03-01")) {
            HttpResponse<String> answer = api.get("/api/v1/customers/" + customer + "/receivables?at=" + at, manager);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode body = ShipmentFixtures.JSON.readTree(answer.body());
            LocalDate date = LocalDate.parse(at);
            BigDecimal[] expected = ReceivableFixtures.expectedAgeing(INVOICES, PAYMENTS, date);
            BigDecimal invoiced = INVOICES.stream().filter(i -> !LocalDate.parse(i.issuedOn()).isAfter(date))
                    .map(i -> new BigDecimal(i.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal paid = PAYMENTS.stream().filter(p -> !LocalDate.parse(p.paidOn()).isAfter(date))
                    .map(p -> new BigDecimal(p.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
            JsonNode ageing = body.path("ageing");
            assertThat(List.of(money(ageing, "notDue"), money(ageing, "days0To30"), money(ageing, "days31To60"),
                    money(ageing, "days61To90"), money(ageing, "over90")))
                    .as("ageing at %s", at)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(expected[0], expected[1], expected[2], expected[3], expected[4]);
            assertThat(money(body, "invoiced")).as(at).isEqualByComparingTo(invoiced);
            assertThat(money(body, "paid")).as(at).isEqualByComparingTo(paid);
            assertThat(money(body, "balance")).as(at).isEqualByComparingTo(invoiced.subtract(paid));
            assertThat(money(body, "credit")).as(at).isEqualByComparingTo(expected[5]);
            assertThat(money(body, "open")).as(at).isEqualByComparingTo(
                    expected[0].add(expected[1]).add(expected[2]).add(expected[3]).add(expected[4]));
        }

        // at the end of November, written out by hand as a finance clerk would check it
        HttpResponse<String> november = api.get("/api/v1/customers/" + customer + "/receivables?at=2026-11-30",
                manager);
        JsonNode body = ShipmentFixtures.JSON.readTree(november.body());
        assertThat(money(body.path("ageing"), "notDue")).isEqualByComparingTo("300.00");     // INV-5
        assertThat(money(body.path("ageing"), "days0To30")).isEqualByComparingTo("1250.00"); // INV-4, INV-7 due today
        assertThat(money(body.path("ageing"), "days31To60")).isEqualByComparingTo("0");      // INV-3 paid
        assertThat(money(body.path("ageing"), "days61To90")).isEqualByComparingTo("370.50"); // rest of INV-2 (INV-8 was due first)
        assertThat(money(body.path("ageing"), "over90")).isEqualByComparingTo("0");          // INV-1 settled
        assertThat(body.path("latestInvoices").valueStream().map(line -> line.path("number").asString()).toList())
                .as("latest first; INV-6 is issued later").startsWith("INV-5", "INV-7", "INV-4", "INV-3");
        JsonNode inv2 = body.path("latestInvoices").valueStream()
                .filter(line -> line.path("number").asString().equals("INV-2")).findFirst().orElseThrow();
        // the 800.00 not settling a named invoice: 600.00 to INV-1, 70.50 to INV-8, 129.50 to INV-2
        assertThat(money(inv2, "open")).isEqualByComparingTo("370.50");
        assertThat(inv2.path("daysPastDue").asInt()).isEqualTo(77);

        // December: the large payment leaves a credit balance and nothing open
        JsonNode december = ShipmentFixtures.JSON.readTree(
                api.get("/api/v1/customers/" + customer + "/receivables?at=2026-12-10", manager).body());
        assertThat(money(december, "balance")).isEqualByComparingTo("-2979.50");
        assertThat(money(december, "credit")).isEqualByComparingTo("2979.50");
        assertThat(money(december, "open")).isEqualByComparingTo("0");
    }

    @Test
    void aRepeatedBatchChangesNothing() {
        String source = source();
        List<Map<String, Object>> invoices = INVOICES.stream().map(i -> invoice(customer, i)).toList();
        List<Map<String, Object>> payments = PAYMENTS.stream().map(p -> payment(customer, p)).toList();
        assertThat(Json.number(loadInvoices(api, finance, source, invoices), "$.loaded")).isEqualTo(8);
        assertThat(Json.number(loadPayments(api, finance, source, payments), "$.loaded")).isEqualTo(4);
        String before = api.get("/api/v1/customers/" + customer + "/receivables?at=2026-11-30", manager).body();

        HttpResponse<String> again = loadInvoices(api, finance, source, invoices);
        assertThat(Json.number(again, "$.loaded")).isZero();
        assertThat(Json.number(again, "$.alreadyLoaded")).isEqualTo(8);
        HttpResponse<String> paymentsAgain = loadPayments(api, finance, source, payments);
        assertThat(Json.number(paymentsAgain, "$.alreadyLoaded")).isEqualTo(4);
        assertThat(api.get("/api/v1/customers/" + customer + "/receivables?at=2026-11-30", manager).body())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from shipment.payment where customer_id = ?").param(customer)
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void badInvoicesAndPaymentsAreReportedOneByOne() {
        long other = TestCustomers.register(api, manager, ShipmentFixtures.uniqueName("应收其他"));
        String source = source();
        Map<String, Object> good = invoice(customer, new Invoice("G-1", "2026-10-01", "2026-10-31", "100.00"));
        List<Map<String, Object>> invoices = new ArrayList<>(List.of(
                good,                                                                  // 0 good
                with(good, "number", "B-1", "amount", "-5.00"),                        // 1 negative
                with(good, "number", "B-2", "amount", "0.00"),                         // 2 zero
                with(good, "number", "B-3", "dueOn", "2026-09-30"),                    // 3 due before issue
                with(good, "number", "B-4", "currency", "USD"),                        // 4 not CNY
                with(good, "number", "B-5", "customerId", 999_999_999L),               // 5 unknown customer
                with(good, "number", "DUP"),                                           // 6 duplicate
                with(good, "number", "DUP"),                                           // 7 duplicate
                with(good, "number", null),                                            // 8 no number
                with(good, "number", "B-9", "amount", "12.345"),                       // 9 a tenth of a fen
                with(good, "number", "O-1", "customerId", other)));                    // 10 good, other customer
        HttpResponse<String> answer = loadInvoices(api, finance, source, invoices);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Json.number(answer, "$.loaded")).isEqualTo(2);
        assertThat(Json.number(answer, "$.rejected")).isEqualTo(9);
        List<Map<String, Object>> errors = Json.read(answer, "$.errors");
        assertThat(errors).extracting(e -> e.get("index"), e -> e.get("field"), e -> e.get("code")).containsExactly(
                tuple(1, "amount", "negative"),
                tuple(2, "amount", "zero"),
                tuple(3, "dueOn", "dueBeforeIssue"),
                tuple(4, "currency", "currencyNotCny"),
                tuple(5, "customerId", "customerUnknown"),
                tuple(6, "number", "duplicateInBatch"),
                tuple(7, "number", "duplicateInBatch"),
                tuple(8, "number", "required"),
                tuple(9, "amount", "invalid"));
        assertThat(errors.get(2).get("message")).isEqualTo("到期日早于开票日期。");

        Map<String, Object> paid = payment(customer, new Payment("PG-1", "2026-10-15", "60.00", "G-1"));
        HttpResponse<String> payments = loadPayments(api, finance, source, List.of(
                paid,                                                                  // 0 good
                with(paid, "externalId", "PB-1", "invoiceNumber", "NO-SUCH"),          // 1 unknown invoice
                with(paid, "externalId", "PB-2", "invoiceNumber", "O-1"),              // 2 another's invoice
                with(paid, "externalId", "PB-3", "amount", "-1.00"),                   // 3 negative
                with(paid, "externalId", "PB-4", "paidOn", "2026-13-01"),              // 4 no such date
                with(paid, "externalId", "PG-2", "invoiceNumber", null)));             // 5 good, no invoice
        assertThat(payments.statusCode()).as(payments.body()).isEqualTo(200);
        assertThat(Json.number(payments, "$.loaded")).isEqualTo(2);
        assertThat(Json.<List<Map<String, Object>>>read(payments, "$.errors"))
                .extracting(e -> e.get("index"), e -> e.get("field"), e -> e.get("code")).containsExactly(
                        tuple(1, "invoiceNumber", "invoiceUnknown"),
                        tuple(2, "invoiceNumber", "invoiceUnknown"),
                        tuple(3, "amount", "negative"),
                        tuple(4, "paidOn", "invalid"));
        assertThat(jdbc.sql("select number from shipment.invoice where customer_id = ? order by number")
                .param(customer).query(String.class).list()).containsExactly("G-1");
    }

    @Test
    void limitsPermissionsAndScope() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            many.add(invoice(customer, new Invoice("N-" + i, "2026-10-01", "2026-10-31", "1.00")));
        }
        assertThat(Problems.assertProblem(loadInvoices(api, finance, source(), many), 413)).contains("10000", "10001");
        assertThat(jdbc.sql("select count(*) from shipment.invoice where customer_id = ?").param(customer)
                .query(Long.class).single()).isZero();

        Problems.assertProblem(loadInvoices(api, manager, source(), many.subList(0, 1)), 403);
        Problems.assertProblem(loadPayments(api, manager, source(), List.of()), 403);
        Problems.assertProblem(api.get("/api/v1/customers/" + customer + "/receivables",
                DemoAccounts.token(api, "service")), 403);
        long foreign = TestCustomers.register(api, DemoAccounts.token(api, "supervisor"),
                ShipmentFixtures.uniqueName("应收他人"));
        Problems.assertProblem(api.get("/api/v1/customers/" + foreign + "/receivables", manager), 404);
        Problems.assertProblem(api.get("/api/v1/customers/" + customer + "/receivables?at=someday", manager), 400);
        HttpResponse<String> none = api.get("/api/v1/customers/" + customer + "/receivables", manager);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
        assertThat(Json.text(none, "$.at")).isEqualTo(LocalDate.now().toString());
        assertThat(money(ShipmentFixtures.JSON.readTree(none.body()), "open")).isZero();
    }

    @Test
    void theBusinessTabShowsReceivablesOnlyToThoseWhoMayReadThem() {
        loadAll();
        String page = "/customers/" + customer + "?tab=service";
        HttpResponse<String> managers = WebSession.signIn(api, "manager").get(page);
        assertThat(managers.statusCode()).isEqualTo(200);
        assertThat(managers.body()).contains("data-test=\"receivables\"", "data-test=\"ageing-chart\"",
                "data-invoice=\"INV-5\"");
        // the customer service manager sees the tab (shipment:read) but holds no receivable:read
        HttpResponse<String> service = WebSession.signIn(api, "servicemgr").get(page);
        assertThat(service.statusCode()).isEqualTo(200);
        assertThat(service.body()).contains("data-test=\"service-tab\"").doesNotContain("data-test=\"receivables\"");
    }

    @Test
    void theApiDescriptionListsTheReceivableEndpoints() {
        HttpResponse<String> description = api.get("/v3/api-docs", null);
        assertThat(ShipmentFixtures.JSON.readTree(description.body()).path("paths").propertyNames())
                .contains("/api/v1/invoices:batch", "/api/v1/payments:batch", "/api/v1/customers/{id}/receivables");
    }

    private void loadAll() {
        String source = source();
        HttpResponse<String> invoices = loadInvoices(api, finance, source,
                INVOICES.stream().map(i -> invoice(customer, i)).toList());
        assertThat(Json.number(invoices, "$.loaded")).as(invoices.body()).isEqualTo(INVOICES.size());
        HttpResponse<String> payments = loadPayments(api, finance, source,
                PAYMENTS.stream().map(p -> payment(customer, p)).toList());
        assertThat(Json.number(payments, "$.loaded")).as(payments.body()).isEqualTo(PAYMENTS.size());
    }

    private static BigDecimal money(JsonNode node, String field) {
        return node.path(field).decimalValue();
    }
}
