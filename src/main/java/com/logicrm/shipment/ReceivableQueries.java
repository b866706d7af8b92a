package com.logicrm.shipment;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one customer's invoices and payments and ages them at a date ({@link Ageing}). */
@Component
class ReceivableQueries {

    static final int LATEST_INVOICES = 10;

    private final JdbcClient jdbc;

    ReceivableQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Receivables at(long customerId, LocalDate at) {
        return Ageing.at(customerId, at,
                jdbc.sql("select number, issued_on, due_on, amount from shipment.invoice "
                        + "where customer_id = ? and issued_on <= ?")
                        .params(customerId, at)
                        .query((row, n) -> new Ageing.Invoice(row.getString(1), row.getObject(2, LocalDate.class),
                                row.getObject(3, LocalDate.class), row.getBigDecimal(4)))
                        .list(),
                jdbc.sql("select paid_on, amount, invoice_number from shipment.payment "
                        + "where customer_id = ? and paid_on <= ? order by paid_on, source, external_id")
                        .params(customerId, at)
                        .query((row, n) -> new Ageing.Payment(row.getObject(1, LocalDate.class), row.getBigDecimal(2),
                                row.getString(3)))
                        .list(),
                LATEST_INVOICES);
    }
}
