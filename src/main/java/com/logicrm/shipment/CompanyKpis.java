package com.logicrm.shipment;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.InternalCustomers;
import com.logicrm.shared.InvalidField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of the company-level indicators (KPI-3) and of the indicators of internal customers
 * (KPI-2). Company indicators compare the whole company with its markets, so they are company-wide
 * aggregates, read with {@code kpi:company} (held by roles with a company-wide view) and name no
 * customer; the internal customers' indicators are those of the internal customers in the caller's
 * data scope.
 */
@Service
public class CompanyKpis {

    private final CompanyQueries queries;
    private final MarketSizes sizes;
    private final IndicatorQueries indicators;
    private final InternalCustomers internal;
    private final Clock clock;

    CompanyKpis(CompanyQueries queries, MarketSizes sizes, IndicatorQueries indicators, InternalCustomers internal,
            Clock clock) {
        this.queries = queries;
        this.sizes = sizes;
        this.indicators = indicators;
        this.internal = internal;
        this.clock = clock;
    }

    /** The indicators of {@code period} (this year when null). */
    @PreAuthorize("hasAuthority('kpi:company')")
    @Transactional(readOnly = true)
    public CompanyIndicators company(MarketPeriod period) {
        MarketPeriod asked = period != null ? period : MarketPeriod.yearOf(today());
        return queries.of(asked, sizes.list(asked));
    }

    /** KPI-1 over the orders of the internal customers in reach, dated {@code from} to {@code to} (the last twelve months by default). */
    @PreAuthorize("hasAuthority('shipment:read')")
    @Transactional(readOnly = true)
    public InternalCustomerIndicators internalCustomers(LocalDate from, LocalDate to, SignedInUser user) {
        LocalDate end = to != null ? to : today();
        LocalDate start = from != null ? from : end.minusYears(1).plusDays(1);
        if (start.isAfter(end)) {
            throw new InvalidField("from", "shipment.period.reversed");
        }
        if (start.plusDays(ShipmentManagement.MAX_PERIOD_DAYS).isBefore(end)) {
            throw new InvalidField("to", "shipment.period.tooLong", ShipmentManagement.MAX_PERIOD_DAYS);
        }
        List<Long> customers = internal.visibleTo(user);
        return InternalCustomerIndicators.of(customers.size(),
                indicators.among(customers.toArray(Long[]::new), start, end));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }
}
