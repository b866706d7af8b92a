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
    private final String json;
    private final String source;
    private final Instant preparedAt;

    PreparedCards(List<String> archiveNos, String json, String source, Instant preparedAt) {
        this.archiveNos = archiveNos;
        this.json = json;
        this.source = source;
        this.preparedAt = preparedAt;
    }

    public int size() {
        return archiveNos.size();
    }

    List<String> archiveNos() {
        return archiveNos;
    }

    String json() {
        return json;
    }

    String source() {
        return source;
    }

    Instant preparedAt() {
        return preparedAt;
    }
}
