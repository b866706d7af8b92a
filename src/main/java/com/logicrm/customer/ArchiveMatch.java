package com.logicrm.customer;

/** A current customer that a row of an import refers to or would duplicate: just enough to name it. */
public record ArchiveMatch(long id, String archiveNo) {
}
