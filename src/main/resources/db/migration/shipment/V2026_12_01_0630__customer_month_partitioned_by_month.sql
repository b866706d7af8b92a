-- The monthly summary is partitioned by month, like the shipments it sums. A recompute rebuilds one
-- month at a time and compares the new figures with the month as it stands; in one table a month's
-- rows lay scattered over the whole heap (at a million customers, a third of a million rows on as
-- many pages), so reading them cost more than summing the month's shipments. In a partition of its
-- own a month is one sequential read. Partitions are named like the shipments' (customer_month_y2026m12)
-- and are made with them, by the same code, for every month a shipment or a return is loaded for.
alter table shipment.customer_month rename to customer_month_unpartitioned;
alter index shipment.customer_month_pkey rename to customer_month_unpartitioned_pkey;

create table shipment.customer_month (
    customer_id       bigint        not null,
    month             date          not null check (extract(day from month) = 1),
    orders            bigint        not null,
    pieces            bigint        not null,
    weight_kg         numeric(18,3) not null,
    revenue           numeric(18,2) not null,
    cost              numeric(18,2) not null,
    first_order_on    date,
    last_order_on     date,
    refreshed_at      timestamptz   not null,
    returns           numeric(18,2) not null default 0 check (returns >= 0),
    net_revenue       numeric(18,2) generated always as (revenue - returns) stored,
    promised          bigint        not null default 0,  -- delivered with a promised time
    on_time           bigint        not null default 0,  -- of those, delivered by the promised time
    timed             bigint        not null default 0,  -- picked up and delivered: has a delivery time
    delivery_hours    numeric(18,2) not null default 0,  -- sum of their delivery times
    damaged_pieces    bigint        not null default 0,
    lost_pieces       bigint        not null default 0,
    wrong_dispatches  bigint        not null default 0,
    direct_deliveries bigint        not null default 0,
    accidents         bigint        not null default 0,
    storage_damaged   bigint        not null default 0,  -- damaged pieces of warehousing orders
    warehoused_pieces bigint        not null default 0,
    packaging_defects bigint        not null default 0,
    feedback_timely   bigint        not null default 0,
    feedback_rated    bigint        not null default 0,
    primary key (customer_id, month)
) partition by range (month);

-- The index on month (migration 0629) is not made again: a month is now a partition of its own, so the
-- inactivity worklist reads its recent months whole and the rest not at all, and no load has to write a
-- second index entry for every customer month it adds.

-- A partition for every month that has figures or a shipment partition. Fill factor 80 as before:
-- loads update the months they touch, and room on the page keeps the new version beside the old.
do $$
declare
    first_day date;
begin
    for first_day in
        select month from shipment.customer_month_unpartitioned
        union
        select make_date(substr(c.relname, 11, 4)::int, substr(c.relname, 16, 2)::int, 1)
        from pg_inherits i
        join pg_class c on c.oid = i.inhrelid
        join pg_class p on p.oid = i.inhparent
        join pg_namespace n on n.oid = p.relnamespace
        where n.nspname = 'shipment' and p.relname = 'shipment' and c.relname ~ '^shipment_y\d{4}m\d{2}$'
    loop
        execute format('create table shipment.%I partition of shipment.customer_month for values from (%L) to (%L) '
                'with (fillfactor = 80)', 'customer_month_' || to_char(first_day, '"y"YYYY"m"MM'),
                first_day, (first_day + interval '1 month')::date);
    end loop;
end
$$;

insert into shipment.customer_month (customer_id, month, orders, pieces, weight_kg, revenue, cost, first_order_on,
    last_order_on, refreshed_at, returns, promised, on_time, timed, delivery_hours, damaged_pieces, lost_pieces,
    wrong_dispatches, direct_deliveries, accidents, storage_damaged, warehoused_pieces, packaging_defects,
    feedback_timely, feedback_rated)
select customer_id, month, orders, pieces, weight_kg, revenue, cost, first_order_on, last_order_on, refreshed_at,
    returns, promised, on_time, timed, delivery_hours, damaged_pieces, lost_pieces, wrong_dispatches,
    direct_deliveries, accidents, storage_damaged, warehoused_pieces, packaging_defects, feedback_timely,
    feedback_rated
from shipment.customer_month_unpartitioned;

drop table shipment.customer_month_unpartitioned;
