package com.logicrm.shipment;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.region.Regions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of market sizes (KPI-3): the figures of each province's logistics market per year or
 * month, entered by hand (by the supervisor or the general manager, {@code market:manage}) and read by
 * everyone who reads the company indicators ({@code kpi:company}). One figure per province and period;
 * every change is an audit row.
 */
@Service
public class MarketSizes {

    private static final String COLUMNS = "id, region_code, period, market_value, potential_customers, updated_by, "
            + "updated_at";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    MarketSizes(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The sizes entered for one period (every period when null), by period then province. */
    @PreAuthorize("hasAuthority('kpi:company') or hasAuthority('market:manage')")
    @Transactional(readOnly = true)
    public List<MarketSize> list(MarketPeriod period) {
        return jdbc.sql("select " + COLUMNS + " from shipment.market_size where (?::text is null or period = ?) "
                + "order by period desc, region_code")
                .params(period == null ? null : period.toString(), period == null ? null : period.toString())
                .query((row, n) -> size(row)).list();
    }

    @PreAuthorize("hasAuthority('kpi:company') or hasAuthority('market:manage')")
    @Transactional(readOnly = true)
    public MarketSize get(long id) {
        return jdbc.sql("select " + COLUMNS + " from shipment.market_size where id = ?").param(id)
                .query((row, n) -> size(row)).optional().orElseThrow(() -> new MarketSizeNotFound(id));
    }

    /** @throws MarketSizeTaken when the province already has a figure for the period */
    @PreAuthorize("hasAuthority('market:manage')")
    @Transactional
    public MarketSize enter(MarketSizeDraft draft, SignedInUser user) {
        MarketSizeRules.Checked size = MarketSizeRules.checked(draft);
        long id;
        try {
            id = jdbc.sql("""
                    insert into shipment.market_size (region_code, period, market_value, potential_customers, updated_by)
                    values (?, ?, ?, ?, ?) returning id""")
                    .params(size.regionCode(), size.period(), size.marketValue(), size.potentialCustomers(),
                            user.getUsername())
                    .query(Long.class).single();
        } catch (DuplicateKeyException taken) {
            throw new MarketSizeTaken(size.regionCode(), size.period());
        }
        audit.record("MARKET_SIZE_ENTERED", "market_size", id, describe(size));
        return get(id);
    }

    /** Replaces the figures (and, if asked, the province or period) of an entered size. */
    @PreAuthorize("hasAuthority('market:manage')")
    @Transactional
    public MarketSize change(long id, MarketSizeDraft draft, SignedInUser user) {
        MarketSizeRules.Checked size = MarketSizeRules.checked(draft);
        int changed;
        try {
            changed = jdbc.sql("""
                    update shipment.market_size set region_code = ?, period = ?, market_value = ?,
                        potential_customers = ?, updated_by = ?, updated_at = now()
                    where id = ?""")
                    .params(size.regionCode(), size.period(), size.marketValue(), size.potentialCustomers(),
                            user.getUsername(), id)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new MarketSizeTaken(size.regionCode(), size.period());
        }
        if (changed == 0) {
            throw new MarketSizeNotFound(id);
        }
        audit.record("MARKET_SIZE_CHANGED", "market_size", id, describe(size));
        return get(id);
    }

    @PreAuthorize("hasAuthority('market:manage')")
    @Transactional
    public void remove(long id, SignedInUser user) {
        MarketSize size = get(id);
        jdbc.sql("delete from shipment.market_size where id = ?").param(id).update();
        audit.record("MARKET_SIZE_REMOVED", "market_size", id, size.regionCode() + " " + size.period());
    }

    private static String describe(MarketSizeRules.Checked size) {
        return "%s %s: %s CNY, %s potential customers".formatted(size.regionCode(), size.period(),
                size.marketValue() == null ? "-" : size.marketValue().toPlainString(),
                size.potentialCustomers() == null ? "-" : size.potentialCustomers());
    }

    private static MarketSize size(ResultSet row) throws SQLException {
        String code = row.getString("region_code");
        long potential = row.getLong("potential_customers");
        Long potentialCustomers = row.wasNull() ? null : potential;
        return new MarketSize(row.getLong("id"), code, Regions.standard().fullName(code).orElse(code),
                row.getString("period"), row.getBigDecimal("market_value"), potentialCustomers,
                row.getString("updated_by"), row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
