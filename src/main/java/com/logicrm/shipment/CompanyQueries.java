package com.logicrm.shipment;

import com.logicrm.shared.region.Regions;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures behind the company indicators (KPI-3): one scan of the period's shipment partitions,
 * grouped by the province of the origin region and once more for the whole company (grouping sets),
 * beside the market sizes entered for the period.
 */
@Component
class CompanyQueries {

    /** The incident kinds of the service breakdown, as columns of {@link #FIGURES}. */
    static final List<String> INCIDENTS = List.of("DAMAGE", "LOSS", "WRONG_DISPATCH", "TRAFFIC_ACCIDENT",
            "PACKAGING_DEFECT", "STORAGE_DETERIORATION");

    private static final String FIGURES = """
            select substr(origin_region, 1, 2) as province, grouping(substr(origin_region, 1, 2)) as whole,
                count(*) as orders, coalesce(sum(revenue), 0) as revenue, count(distinct customer_id) as customers,
                count(*) filter (where damaged_pieces > 0) as damage,
                count(*) filter (where lost_pieces > 0) as loss,
                count(*) filter (where wrong_dispatch) as wrong_dispatch,
                count(*) filter (where traffic_accident) as traffic_accident,
                count(*) filter (where packaging_defect) as packaging_defect,
                count(*) filter (where storage_damaged_pieces > 0) as storage_deterioration,
                count(*) filter (where damaged_pieces > 0 or lost_pieces > 0 or wrong_dispatch or traffic_accident
                    or packaging_defect or storage_damaged_pieces > 0) as incidents,
                count(*) filter (where delivered_at <= promised_at) as on_time,
                count(*) filter (where delivered_at is not null and promised_at is not null) as promised,
                count(*) filter (where feedback_timely) as feedback_timely,
                count(feedback_timely) as feedback_rated
            from shipment.shipment
            where ordered_on >= ? and ordered_on < ?
            group by grouping sets ((substr(origin_region, 1, 2)), ())""";

    private final JdbcClient jdbc;

    CompanyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CompanyIndicators of(MarketPeriod period, List<MarketSize> sizes) {
        Map<String, Business> byProvince = new TreeMap<>();
        Business[] company = {Business.NONE};
        jdbc.sql(FIGURES).params(period.from(), period.to().plusDays(1)).query(row -> {
            Business business = business(row);
            if (row.getInt("whole") == 1) {
                company[0] = business;
            } else {
                String province = row.getString("province");
                byProvince.put(province == null ? "" : province + "0000", business);
            }
        });
        Map<String, MarketSize> entered = new TreeMap<>();
        sizes.forEach(size -> entered.put(size.regionCode(), size));
        entered.keySet().forEach(code -> byProvince.putIfAbsent(code, Business.NONE));
        List<CompanyIndicators.RegionFigures> regions = new ArrayList<>();
        BigDecimal sharedRevenue = BigDecimal.ZERO;
        BigDecimal marketValue = BigDecimal.ZERO;
        long coveredCustomers = 0;
        long potential = 0;
        int withValue = 0;
        int withPotential = 0;
        for (Map.Entry<String, Business> region : byProvince.entrySet()) {
            String code = region.getKey().isEmpty() ? null : region.getKey();
            Business business = region.getValue();
            MarketSize size = code == null ? null : entered.get(code);
            BigDecimal value = size == null ? null : size.marketValue();
            Long customers = size == null ? null : size.potentialCustomers();
            if (value != null) {
                sharedRevenue = sharedRevenue.add(business.revenue());
                marketValue = marketValue.add(value);
                withValue++;
            }
            if (customers != null) {
                coveredCustomers += business.customers();
                potential += customers;
                withPotential++;
            }
            regions.add(new CompanyIndicators.RegionFigures(code,
                    code == null ? null : Regions.standard().fullName(code).orElse(code), business.orders(),
                    business.revenue(), business.customers(), value, customers,
                    value == null ? null : MoneyShare.of(business.revenue(), value),
                    customers == null ? null : Rate.of(business.customers(), customers)));
        }
        regions.sort(Comparator.comparing(CompanyIndicators.RegionFigures::regionCode,
                Comparator.nullsLast(Comparator.naturalOrder())));
        Business all = company[0];
        return new CompanyIndicators(period.toString(), period.from(), period.to(), regions,
                new CompanyIndicators.Company(all.orders(), all.revenue(), all.customers(), withValue, withPotential,
                        withValue == 0 ? null : MoneyShare.of(sharedRevenue, marketValue),
                        withPotential == 0 ? null : Rate.of(coveredCustomers, potential)),
                all.service());
    }

    private static Business business(ResultSet row) throws SQLException {
        long orders = row.getLong("orders");
        List<CompanyIndicators.Incident> breakdown = new ArrayList<>();
        for (String kind : INCIDENTS) {
            breakdown.add(new CompanyIndicators.Incident(kind, Rate.of(row.getLong(kind.toLowerCase(Locale.ROOT)), orders)));
        }
        return new Business(orders, row.getBigDecimal("revenue"), row.getLong("customers"),
                new CompanyIndicators.Service(orders, Rate.of(row.getLong("incidents"), orders), breakdown,
                        Rate.of(row.getLong("on_time"), row.getLong("promised")),
                        Rate.of(row.getLong("feedback_timely"), row.getLong("feedback_rated")), false));
    }

    /** What the shipments of a province (or the company) add up to in the period. */
    private record Business(long orders, BigDecimal revenue, long customers, CompanyIndicators.Service service) {

        static final Business NONE = new Business(0, BigDecimal.ZERO, 0, new CompanyIndicators.Service(0,
                Rate.of(0, 0), INCIDENTS.stream().map(kind -> new CompanyIndicators.Incident(kind, Rate.of(0, 0)))
                        .toList(), Rate.of(0, 0), Rate.of(0, 0), false));
    }
}
