package com.logicrm.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The merged customer's documents continue on the survivor. Only the catalogue rows are re-keyed:
 * each row keeps its storage key, so the files stay where they were written.
 */
@Component
class DocumentsMove implements CustomerRecordsMove {

    private final JdbcClient jdbc;

    DocumentsMove(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String records() {
        return "documents";
    }

    @Override
    public int move(long fromCustomerId, long toCustomerId) {
        // a document whose catalogue entry lies in a closed annual volume stays with that volume
        return jdbc.sql("update customer.document d set customer_id = :to where d.customer_id = :from and not "
                + ArchiveEntriesMove.FROZEN_DOCUMENT)
                .param("from", fromCustomerId).param("to", toCustomerId)
                .update();
    }
}
