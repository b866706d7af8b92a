package com.logicrm.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-customer totals of a period for the modules that grade and evaluate customers (classification,
 * credit): one set-based aggregate over the period's monthly partitions, either streamed row by row or
 * kept in a temporary table of the caller's transaction, so a million customers never sit in memory.
 * Like {@code CustomerReferences} it is company-wide — the caller's own service decides who may start
 * the work and what of the result each person sees.
 */
@Service
public class ShipmentFigures {

    private final JdbcClient jdbc;
    private final TransactionTemplate alongside;
    private final Executor executor;

    ShipmentFigures(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.jdbc = jdbc;
        this.alongside = new TransactionTemplate(transactions);
        this.alongside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.alongside.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.executor = executor;
    }

    /**
     * What one customer did from {@code periodFrom} to {@code periodTo} inclusive; {@code margin} is
     * revenue less cost and may be negative.
     */
    public record CustomerTotals(long customerId, long orders, int serviceTypes, long pieces, BigDecimal weightKg,
            BigDecimal revenue, BigDecimal cost, BigDecimal margin, LocalDate firstOrderOn, LocalDate lastOrderOn) {
    }

    /** Hands every customer with at least one order in the period to {@code each}, in customer order. */
    @Transactional(readOnly = true)
    public void forEachCustomer(LocalDate periodFrom, LocalDate periodTo, Consumer<CustomerTotals> each) {
        try (Stream<CustomerTotals> rows = jdbc.sql("""
                select customer_id, count(*) as orders, count(distinct service_type) as service_types,
                    coalesce(sum(pieces), 0) as pieces, coalesce(sum(weight_kg), 0) as weight_kg,
                    coalesce(sum(revenue), 0) as revenue, coalesce(sum(cost), 0) as cost,
                    min(ordered_on) as first_order_on, max(ordered_on) as last_order_on
                from shipment.shipment
                where ordered_on >= ? and ordered_on < ?
                group by customer_id
                order by customer_id""")
                .params(periodFrom, periodTo.plusDays(1))
                .withFetchSize(1000)
                .query((row, n) -> new CustomerTotals(row.getLong("customer_id"), row.getLong("orders"),
                        row.getInt("service_types"), row.getLong("pieces"), row.getBigDecimal("weight_kg"),
                        row.getBigDecimal("revenue"), row.getBigDecimal("cost"),
                        row.getBigDecimal("revenue").subtract(row.getBigDecimal("cost")),
                        row.getObject("first_order_on", LocalDate.class),
                        row.getObject("last_order_on", LocalDate.class)))
                .stream()) {
            rows.forEach(each);
        }
    }

    /**
     * The columns of the table {@link #periodAndYearBeforeInto} makes, one row per customer with an order
     * in the period or in the year before it. Of the period: {@code orders} (null when none),
     * {@code service_types}, {@code pieces}, {@code weight_kg}, {@code revenue}, {@code cost},
     * {@code returns} (returns, compensations and discounts), {@code first_order_on},
     * {@code last_order_on}; of the year before: {@code previous_orders} (null when none),
     * {@code previous_service_types}, {@code previous_pieces}, {@code previous_weight_kg} and
     * {@code previous_revenue} (less that year's returns). {@code services} is for
     * {@link #byService} only.
     */
    public static final String COLUMNS = "customer_id, orders, service_types, pieces, weight_kg, revenue, cost, "
            + "returns, first_order_on, last_order_on, previous_orders, previous_service_types, previous_pieces, "
            + "previous_weight_kg, previous_revenue, services";

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-F]+(-[0-9A-F]+)+");
    private static final Set<String> REPEATABLE = Set.of("repeatable read", "serializable");

    /**
     * Makes temporary table {@code table} (dropped at commit, so the caller's transaction is required)
     * with every customer's period from {@code periodFrom} to {@code periodTo} beside the year before it
     * from {@code historyFrom}, in the columns {@link #COLUMNS} names; returns its rows.
     *
     * <p>One grouping by customer over the shipments of both years, and one statement that makes the
     * table, so PostgreSQL may split the scan between parallel workers — a statement read through a
     * cursor never is. Amounts are summed as whole cents (and weights as grams) in {@code float8}: an
     * integer sum in a double is exact up to 2⁵³, 90 trillion yuan, and its running state is a plain
     * value, where a {@code numeric} sum keeps a growing state per customer. At a million customers
     * the numeric states needed over a gigabyte and spilled to disk; measured at 20 million shipments,
     * 21 s against 63 s for the grouping by customer, service and year it replaces.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long periodAndYearBeforeInto(String table, LocalDate historyFrom, LocalDate periodFrom,
            LocalDate periodTo) {
        jdbc.sql("set local work_mem = '512MB'").update();
        String current = "ordered_on >= :periodFrom";
        String before = "ordered_on < :periodFrom";
        return jdbc.sql("""
                create temporary table %s on commit drop as
                with s as (
                    select customer_id,
                        count(*) filter (where %2$s) as orders, sum(pieces) filter (where %2$s) as pieces,
                        sum(round(weight_kg::float8 * 1000)) filter (where %2$s) as grams,
                        sum(round(revenue::float8 * 100)) filter (where %2$s) as revenue_cents,
                        sum(round(cost::float8 * 100)) filter (where %2$s) as cost_cents,
                        min(ordered_on) filter (where %2$s) as first_order_on,
                        max(ordered_on) filter (where %2$s) as last_order_on,
                        bit_or(%4$s) filter (where %2$s) as services,
                        count(*) filter (where %3$s) as previous_orders,
                        sum(pieces) filter (where %3$s) as previous_pieces,
                        sum(round(weight_kg::float8 * 1000)) filter (where %3$s) as previous_grams,
                        sum(round(revenue::float8 * 100)) filter (where %3$s) as previous_revenue_cents,
                        bit_or(%4$s) filter (where %3$s) as previous_services
                    from shipment.shipment
                    where ordered_on >= :historyFrom and ordered_on < :periodEnd
                    group by customer_id
                ), r as (
                    select customer_id, sum(amount) filter (where occurred_on >= :periodFrom) as returns,
                        sum(amount) filter (where occurred_on < :periodFrom) as previous_returns
                    from shipment.customer_return
                    where occurred_on >= :historyFrom and occurred_on < :periodEnd
                    group by customer_id
                )
                select s.customer_id, nullif(s.orders, 0) as orders,
                    bit_count(s.services::bit(%5$d))::int as service_types, s.pieces,
                    s.grams::int8 * 0.001 as weight_kg, s.revenue_cents::int8 * 0.01 as revenue,
                    s.cost_cents::int8 * 0.01 as cost, coalesce(r.returns, 0) as returns, s.first_order_on,
                    s.last_order_on, nullif(s.previous_orders, 0) as previous_orders,
                    bit_count(s.previous_services::bit(%5$d))::int as previous_service_types, s.previous_pieces,
                    s.previous_grams::int8 * 0.001 as previous_weight_kg,
                    s.previous_revenue_cents::int8 * 0.01 - coalesce(r.previous_returns, 0) as previous_revenue,
                    s.services
                from s left join r on r.customer_id = s.customer_id"""
                .formatted(checked(table), current, before, serviceBit(), ServiceType.values().length))
                .param("historyFrom", historyFrom)
                .param("periodFrom", periodFrom)
                .param("periodEnd", periodTo.plusDays(1))
                .update();
    }

    /** One service type's shipments in a period: how many, their revenue and their cost. */
    public record ServiceShipments(String serviceType, long orders, BigDecimal revenue, BigDecimal cost) {
    }

    /** One service type's part of a period: the customers who used it, their orders, revenue and cost. */
    public record ServiceTotals(String serviceType, long customers, long orders, BigDecimal revenue, BigDecimal cost) {
    }

    /**
     * Starts grouping the period's shipments by service type on a connection of its own, under the
     * snapshot of the caller's transaction, while the caller goes on with its own statements: on two
     * cores a caller busy with sorts and writes leaves one core idle, and this scan of the period
     * takes it (4 s at 20 million shipments). The caller's transaction must be repeatable read, so
     * that everything it reads comes from the one snapshot exported here and the two agree; it must
     * also still be open when the answer is collected, since the snapshot lives only as long as it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CompletableFuture<List<ServiceShipments>> byServiceAlongside(LocalDate periodFrom, LocalDate periodTo) {
        String isolation = jdbc.sql("show transaction_isolation").query(String.class).single();
        if (!REPEATABLE.contains(isolation)) {
            throw new IllegalStateException("the figures by service share the caller's snapshot, which a "
                    + isolation + " transaction does not keep");
        }
        String snapshot = jdbc.sql("select pg_export_snapshot()").query(String.class).single();
        if (!SNAPSHOT_ID.matcher(snapshot).matches()) {
            throw new IllegalStateException("unexpected snapshot id " + snapshot);
        }
        return CompletableFuture.supplyAsync(() -> alongside.execute(status -> {
            jdbc.sql("set transaction snapshot '" + snapshot + "'").update();
            // the core left idle is one: parallel workers would take the caller's
            jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
            return jdbc.sql("""
                    select service_type, count(*) as orders,
                        sum(round(revenue::float8 * 100))::int8 * 0.01 as revenue,
                        sum(round(cost::float8 * 100))::int8 * 0.01 as cost
                    from shipment.shipment
                    where ordered_on >= ? and ordered_on < ?
                    group by service_type
                    order by service_type""")
                    .params(periodFrom, periodTo.plusDays(1))
                    .query((row, n) -> new ServiceShipments(row.getString("service_type"), row.getLong("orders"),
                            row.getBigDecimal("revenue"), row.getBigDecimal("cost")))
                    .list();
        }), executor);
    }

    /**
     * The period's figures by service type: {@code shipments} from {@link #byServiceAlongside}, with the
     * customers who used each type counted in {@code table} as {@link #periodAndYearBeforeInto} made it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ServiceTotals> byService(String table, List<ServiceShipments> shipments) {
        Map<String, Long> customers = new HashMap<>();
        ServiceType[] types = ServiceType.values();
        String counts = Arrays.stream(types)
                .map(type -> "count(*) filter (where services & %d <> 0)".formatted(1 << type.ordinal()))
                .collect(Collectors.joining(", "));
        jdbc.sql("select " + counts + " from " + checked(table)).query(row -> {
            for (ServiceType type : types) {
                customers.put(type.name(), row.getLong(type.ordinal() + 1));
            }
        });
        return shipments.stream()
                .map(service -> new ServiceTotals(service.serviceType(),
                        customers.getOrDefault(service.serviceType(), 0L), service.orders(), service.revenue(),
                        service.cost()))
                .toList();
    }

    /** A service type's bit in the mask of the services a customer used: 1 for the first type, 2 for the next… */
    private static String serviceBit() {
        return Arrays.stream(ServiceType.values())
                .map(type -> "when '%s' then %d".formatted(type.name(), 1 << type.ordinal()))
                .collect(Collectors.joining(" ", "case service_type ", " end"));
    }

    private static String checked(String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return table;
    }
}
