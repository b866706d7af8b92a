package com.logicrm.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The company-level indicators of a period (KPI-3). Business is placed in the province its orders were
 * picked up in (the shipment's origin region); orders without an origin region count for the company,
 * not for a province ({@code regionCode} null). Per province: our revenue against the entered market
 * value (market share) and our active customers — those with at least one order from there — against
 * the entered potential customers (market coverage); where no figure was entered the share or coverage
 * is null ({@code marketValue}/{@code potentialCustomers} null: "no market size entered"), never 0 %.
 * Company-wide, each is summed over the provinces that have the figure.
 */
public record CompanyIndicators(String period, LocalDate from, LocalDate to, List<RegionFigures> regions,
        Company company, Service service) {

    public CompanyIndicators {
        regions = List.copyOf(regions);
    }

    /** One province: business, entered figures and the two rates (null without the figure). */
    public record RegionFigures(String regionCode, String regionName, long orders, BigDecimal revenue,
            long activeCustomers, BigDecimal marketValue, Long potentialCustomers, MoneyShare marketShare,
            Rate coverage) {
    }

    /**
     * The whole company: revenue, orders and distinct active customers (each counted once however many
     * provinces it ships from); share and coverage over the provinces with a market size entered.
     */
    public record Company(long orders, BigDecimal revenue, long activeCustomers, int regionsWithMarketValue,
            int regionsWithPotentialCustomers, MoneyShare marketShare, Rate coverage) {
    }

    /**
     * Service figures of all orders of the period: orders with any incident and each kind of incident
     * (orders / orders), on-time delivery and feedback timeliness (KPI-1's definitions). Complaints are
     * not recorded yet (no complaint data, SVC-1), so {@code complaintsRecorded} is false and no
     * complaint rate is given.
     */
    public record Service(long orders, Rate incidents, List<Incident> breakdown, Rate onTime,
            Rate feedbackTimeliness, boolean complaintsRecorded) {

        public Service {
            breakdown = List.copyOf(breakdown);
        }
    }

    /** One kind of incident: orders affected / orders. */
    public record Incident(String kind, Rate rate) {
    }
}
