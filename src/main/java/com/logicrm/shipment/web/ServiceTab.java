package com.logicrm.shipment.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerPageTab;
import com.logicrm.shipment.BusinessOverview;
import com.logicrm.shipment.Rate;
import com.logicrm.shipment.Receivables;
import com.logicrm.shipment.ServiceIndicators;
import com.logicrm.shipment.ShipmentManagement;
import com.logicrm.shipment.TransactionSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The customer page's tab 业务与服务: the transaction summary (ARC-5), annual and monthly figures
 * (TXN-5), the service indicators of the last twelve months (KPI-1) and their trend month by month,
 * and for readers of receivables the balance, its ageing and the latest invoices (TXN-3).
 */
@Component
class ServiceTab implements CustomerPageTab {

    static final int TREND_MONTHS = 12;
    private final ShipmentManagement shipments;

    ServiceTab(ShipmentManagement shipments) {
        this.shipments = shipments;
    }

    /** One line of the indicator table: what, the figure as shown, and what it was computed from. */
    record IndicatorLine(String key, String value, Long numerator, Long denominator) {
    }

    @Override
    public String key() {
        return "service";
    }

    @Override
    public String label() {
        return "shipment.tab.service";
    }

    @Override
    public String permission() {
        return "shipment:read";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String template() {
        return "shipment/customer-tab";
    }

    @Override
    public Map<String, Object> model(long customerId, SignedInUser user) {
        BusinessOverview overview = shipments.overview(customerId, TREND_MONTHS, user);
        TransactionSummary summary = overview.summary();
        ServiceIndicators kpis = overview.lastYear();
        List<ServiceIndicators> trend = overview.months();
        Map<String, Object> model = new HashMap<>(Map.of(
                "transactions", summary,
                "recentMonths", latestFirst(summary.months(), TREND_MONTHS),
                "indicators", kpis,
                "indicatorLines", lines(kpis),
                "trendLabels", join(trend, month -> month.from().toString().substring(0, 7)),
                "trendOnTime", join(trend, month -> scaled(month.onTime(), 100)),
                "trendDamage", join(trend, month -> scaled(month.damage(), 1000)),
                "trendWrongDispatch", join(trend, month -> scaled(month.wrongDispatch(), 1000))));
        Receivables receivables = overview.receivables();
        if (receivables != null) {
            Receivables.Buckets ageing = receivables.ageing();
            model.put("receivables", receivables);
            model.put("ageingValues", Stream.of(ageing.notDue(), ageing.days0To30(), ageing.days31To60(),
                    ageing.days61To90(), ageing.over90()).map(BigDecimal::toPlainString)
                    .collect(Collectors.joining(",")));
        }
        return model;
    }

    private static <T> List<T> latestFirst(List<T> ascending, int count) {
        List<T> latest = new ArrayList<>(ascending.subList(Math.max(0, ascending.size() - count), ascending.size()));
        Collections.reverse(latest);
        return latest;
    }

    static List<IndicatorLine> lines(ServiceIndicators kpis) {
        return List.of(
                rate("onTime", kpis.onTime()),
                new IndicatorLine("averageHours", hours(kpis.averageDeliveryHours()), null, null),
                new IndicatorLine("p90Hours", hours(kpis.p90DeliveryHours()), null, null),
                rate("damage", kpis.damage()),
                rate("loss", kpis.loss()),
                rate("wrongDispatch", kpis.wrongDispatch()),
                rate("directDelivery", kpis.directDelivery()),
                rate("trafficAccidents", kpis.trafficAccidents()),
                rate("storageDeterioration", kpis.storageDeterioration()),
                rate("packagingDefects", kpis.packagingDefects()),
                rate("feedbackTimeliness", kpis.feedbackTimeliness()));
    }

    private static IndicatorLine rate(String key, Rate rate) {
        String shown = rate.value() == null ? "—"
                : rate.value().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
        return new IndicatorLine(key, shown, rate.numerator(), rate.denominator());
    }

    private static String hours(BigDecimal hours) {
        return hours == null ? "—" : hours.toPlainString();
    }

    /** A rate in percent or per mille for the chart, {@code -} (no point) without a denominator. */
    private static String scaled(Rate rate, int factor) {
        return rate.value() == null ? "-"
                : rate.value().multiply(BigDecimal.valueOf(factor)).stripTrailingZeros().toPlainString();
    }

    private static String join(List<ServiceIndicators> months, Function<ServiceIndicators, String> value) {
        return months.stream().map(value).collect(Collectors.joining(","));
    }
}
