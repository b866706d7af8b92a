package com.logicrm.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ageing policy on its own: bucket edges, named payments first, the rest oldest due first, credit. */
class ReceivableAgeingTests {

    static final LocalDate AT = LocalDate.of(2026, 11, 30);

    @Test
    void bucketEdgesCountDaysPastTheDueDate() {
        assertThat(List.of(-1L, 0L, 30L, 31L, 60L, 61L, 90L, 91L).stream().map(Ageing::bucket).toList())
                .containsExactly(0, 1, 1, 2, 2, 3, 3, 4);
    }

    @Test
    void aNamedPaymentSettlesItsInvoiceAndWhatItPaysBeyondGoesToTheOldestDue() {
        Receivables r = Ageing.at(1, AT, List.of(
                invoice("OLD", "2026-06-01", "2026-07-01", "100.00"),
                invoice("MID", "2026-09-01", "2026-10-01", "200.00"),
                invoice("NEW", "2026-11-01", "2026-12-01", "300.00")),
                List.of(new Ageing.Payment(LocalDate.parse("2026-11-15"), new BigDecimal("350.00"), "NEW"),
                        new Ageing.Payment(LocalDate.parse("2026-12-01"), new BigDecimal("999.00"), null)),
                10);
        // NEW fully paid, 50.00 over to OLD; the December payment is after the reference date
        assertThat(r.ageing().notDue()).isEqualByComparingTo("0");
        assertThat(r.ageing().days31To60()).isEqualByComparingTo("200.00");
        assertThat(r.ageing().over90()).isEqualByComparingTo("50.00");
        assertThat(r.open()).isEqualByComparingTo("250.00");
        assertThat(r.balance()).isEqualByComparingTo("250.00");
        assertThat(r.credit()).isEqualByComparingTo("0");
        assertThat(r.latestInvoices()).extracting(Receivables.InvoiceLine::number).containsExactly("NEW", "MID", "OLD");
    }

    @Test
    void payingMoreThanIsOpenLeavesACreditAndNothingAged() {
        Receivables r = Ageing.at(1, AT, List.of(invoice("A", "2026-01-01", "2026-02-01", "80.00")),
                List.of(new Ageing.Payment(AT, new BigDecimal("100.00"), "A")), 10);
        assertThat(r.open()).isEqualByComparingTo("0");
        assertThat(r.credit()).isEqualByComparingTo("20.00");
        assertThat(r.balance()).isEqualByComparingTo("-20.00");
    }

    private static Ageing.Invoice invoice(String number, String issued, String due, String amount) {
        return new Ageing.Invoice(number, LocalDate.parse(issued), LocalDate.parse(due), new BigDecimal(amount));
    }
}
