package com.logicrm.customer;

import java.time.Instant;
import java.util.List;

/**
 * New archive cards made ready by {@link CustomerImports#prepare}, to be filed by
 * {@link CustomerImports#fileAll}: their archive numbers in order, and the cards themselves as the
 * archive will store them (for the archive alone to read).
 */
public final class PreparedCards {

    private final List<String> archiveNos;
    private final List<Long> ids;
    private final String rows;
    private final String source;
    private final Instant preparedAt;

    PreparedCards(List<String> archiveNos, List<Long> ids, String rows, String source, Instant preparedAt) {
        this.archiveNos = archiveNos;
        this.ids = ids;
        this.rows = rows;
        this.source = source;
        this.preparedAt = preparedAt;
    }

    public int size() {
        return archiveNos.size();
    }

    List<String> archiveNos() {
        return archiveNos;
    }

    /** The new cards' ids, in the order of {@link #archiveNos}. */
    List<Long> ids() {
        return ids;
    }

    /** The cards in COPY's text format. */
    String rows() {
        return rows;
    }

    String source() {
        return source;
    }

    Instant preparedAt() {
        return preparedAt;
    }
}
