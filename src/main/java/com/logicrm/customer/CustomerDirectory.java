package com.logicrm.customer;

import com.logicrm.access.RecordGrants;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.Confidentiality;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names for pages of customer ids that other modules hold (classification results, worklists): of
 * the ids given, only those the reader may see come back — within the data scope, confidential ones
 * only with {@code customer:confidential} or a grant, exactly as the archive's list decides — so a
 * module that keeps figures for the whole company shows each person their own customers by name.
 * One {@code = any(?)} query per page; existence of the others does not leak.
 */
@Service
public class CustomerDirectory {

    /** The most ids one call takes: a page, never the archive. */
    public static final int MAX_IDS = 1000;

    /** One visible customer: enough to name and link it, and where it stands. */
    public record Listed(long id, String archiveNo, String name, LifecycleStage stage, long ownerId,
            Confidentiality confidentiality) {
    }

    private final JdbcClient jdbc;
    private final RecordGrants grants;

    CustomerDirectory(JdbcClient jdbc, RecordGrants grants) {
        this.jdbc = jdbc;
        this.grants = grants;
    }

    /** The customers among {@code ids} visible to {@code user}, in the order of {@code ids}; at most {@link #MAX_IDS}. */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public List<Listed> visible(Collection<Long> ids, SignedInUser user) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("At most " + MAX_IDS + " ids per call, not " + ids.size());
        }
        Map<String, Object> params = new HashMap<>();
        String visible = CustomerSearch.visible(user, grants.grantedIds(user.id(), CustomerVisibility.GRANT_TYPE),
                params);
        params.put("ids", ids.stream().mapToLong(Long::longValue).toArray());
        Map<Long, Listed> found = new HashMap<>();
        jdbc.sql("""
                select c.id, c.archive_no, c.name, c.stage, c.owner_id, c.confidentiality
                from customer.customer c
                where c.id = any(:ids) and """ + visible)
                .params(params)
                .query((row, n) -> new Listed(row.getLong(1), row.getString(2), row.getString(3),
                        LifecycleStage.valueOf(row.getString(4)), row.getLong(5),
                        Confidentiality.valueOf(row.getString(6))))
                .list()
                .forEach(listed -> found.put(listed.id(), listed));
        List<Listed> ordered = new ArrayList<>(found.size());
        for (Long id : ids) {
            Listed listed = found.remove(id);
            if (listed != null) {
                ordered.add(listed);
            }
        }
        return ordered;
    }
}
