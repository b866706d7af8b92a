package com.logicrm.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The merged customer's open catalogue entries continue on the survivor, renumbered in the
 * survivor's sections with their former number kept in {@code moved_from}. Entries of a year that is
 * closed for either customer stay where they are, with their documents: a closed volume never changes.
 */
@Component
class ArchiveEntriesMove implements CustomerRecordsMove {

    /** An entry (alias {@code e}) whose year is closed for one of the two customers. */
    private static final String FROZEN_ENTRY = """
            exists (select 1 from customer.archive_volume v
                    where v.customer_id in (:from, :to) and v.volume_year = e.entry_year)""";

    /** A document (alias {@code d}) whose entry stays behind, whichever of the two moves runs first. */
    static final String FROZEN_DOCUMENT = "exists (select 1 from customer.archive_entry e where e.customer_id in "
            + "(:from, :to) and e.document_id = d.id and " + FROZEN_ENTRY + ")";

    private final JdbcClient jdbc;

    ArchiveEntriesMove(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String records() {
        return "archiveEntries";
    }

    @Override
    public int move(long fromCustomerId, long toCustomerId) {
        return jdbc.sql("""
                with moving as (
                    select e.id, e.section, e.entry_year, e.catalogue_no,
                           row_number() over (partition by e.section, e.entry_year order by e.sequence) as n,
                           count(*) over (partition by e.section, e.entry_year) as total
                    from customer.archive_entry e
                    where e.customer_id = :from and not""" + " " + FROZEN_ENTRY + """
                ), counted as (
                    insert into customer.archive_counter (customer_id, section, entry_year, value)
                    select distinct :to, section, entry_year, total from moving
                    on conflict (customer_id, section, entry_year)
                        do update set value = customer.archive_counter.value + excluded.value
                    returning section, entry_year, value
                )
                update customer.archive_entry e
                set customer_id = :to,
                    sequence = c.value - m.total + m.n,
                    catalogue_no = case e.section when 'BASIC' then '1' when 'CREDIT' then '2'
                                   when 'TRANSACTIONS' then '3' else '4' end
                                   || '-' || e.entry_year || '-' || lpad((c.value - m.total + m.n)::text,
                                   greatest(3, length((c.value - m.total + m.n)::text)), '0'),
                    moved_from = (select archive_no from customer.customer where id = :from) || '/' || m.catalogue_no
                from moving m join counted c on c.section = m.section and c.entry_year = m.entry_year
                where e.customer_id = :from and e.id = m.id""")
                .param("from", fromCustomerId).param("to", toCustomerId)
                .update();
    }
}
