package com.logicrm.customer;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the ways other systems name a customer — id, archive number (档案编号), unified social credit
 * code — into archive ids, for modules that load data about customers in bulk (business data, TXN-2).
 * It honours nothing but existence: a load is made for the company, not for one person's scope, so
 * scope and confidentiality apply when the data is read, not when it arrives. Each kind of reference
 * is one {@code = any(?)} query per call, however many items a batch has.
 */
@Service
public class CustomerReferences {

    private final JdbcClient jdbc;

    CustomerReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the references name; a reference missing from the answer names no customer. */
    public record Resolved(Set<Long> ids, Map<String, Long> byArchiveNo, Map<String, Long> byCreditCode) {

        public Resolved {
            ids = Set.copyOf(ids);
            byArchiveNo = Map.copyOf(byArchiveNo);
            byCreditCode = Map.copyOf(byCreditCode);
        }
    }

    /**
     * {@code creditCodes} in normal form (see {@code CreditCode.parse}). A credit code names its
     * current holder; when every customer with it is retired or merged, the latest of them.
     */
    @Transactional(readOnly = true)
    public Resolved resolve(Collection<Long> ids, Collection<String> archiveNos, Collection<String> creditCodes) {
        Set<Long> known = new HashSet<>();
        if (!ids.isEmpty()) {
            known.addAll(jdbc.sql("select id from customer.customer where id = any(?)")
                    .param(ids.stream().distinct().toArray(Long[]::new))
                    .query(Long.class).list());
        }
        Map<String, Long> byArchiveNo = new HashMap<>();
        if (!archiveNos.isEmpty()) {
            jdbc.sql("select archive_no, id from customer.customer where archive_no = any(?)")
                    .param(archiveNos.stream().distinct().toArray(String[]::new))
                    .query((row, n) -> byArchiveNo.put(row.getString(1), row.getLong(2))).list();
        }
        Map<String, Long> byCreditCode = new HashMap<>();
        if (!creditCodes.isEmpty()) {
            jdbc.sql("""
                    select distinct on (credit_code) credit_code, id from customer.customer
                    where credit_code = any(?::bpchar[])
                    order by credit_code, stage in ('RETIRED', 'MERGED'), id desc""")
                    .param(creditCodes.stream().distinct().toArray(String[]::new))
                    .query((row, n) -> byCreditCode.put(row.getString(1), row.getLong(2))).list();
        }
        return new Resolved(known, byArchiveNo, byCreditCode);
    }

    /** The first {@code limit} current customers in archive order, for demo data of other modules. */
    @Transactional(readOnly = true)
    public List<Long> firstCurrent(int limit) {
        return jdbc.sql("select id from customer.customer where stage not in ('RETIRED', 'MERGED') order by id limit ?")
                .param(limit).query(Long.class).list();
    }
}
