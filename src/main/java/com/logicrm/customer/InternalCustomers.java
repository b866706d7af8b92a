package com.logicrm.customer;

import com.logicrm.access.SignedInUser;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal customers (内部客户, ARC-1: departments served inside the group) the caller may see, for
 * the indicators of internal customers (KPI-2). They are few — a group's own departments — so their
 * ids are handed over whole; the same scope, confidentiality and grant conditions as the list apply.
 */
@Service
public class InternalCustomers {

    private final JdbcClient jdbc;
    private final CustomerSearch search;

    InternalCustomers(JdbcClient jdbc, CustomerSearch search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    /** Ids of the current internal customers within the caller's reach, in archive order. */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public List<Long> visibleTo(SignedInUser user) {
        CustomerSearch.Conditions conditions = search.conditions(CustomerQuery.all(1), user);
        return jdbc.sql("select c.id from customer.customer c where c.relation = 'INTERNAL' and " + conditions.all()
                + " order by c.id").params(conditions.params()).query(Long.class).list();
    }
}
