-- The service figures behind KPI-1, kept per customer and month beside the sales figures (TXN-5), so
-- that a period's rates for every customer are sums of months instead of a pass over the shipments.
-- Each load adds what it stored, like the sales figures; a recompute rebuilds a range of months from
-- the shipments. Percentiles do not add up, so the 90th percentile of delivery time is still read from
-- the shipments of the one customer asked about.
alter table shipment.customer_month
    add column promised          bigint  not null default 0,  -- delivered with a promised time
    add column on_time           bigint  not null default 0,  -- of those, delivered by the promised time
    add column timed             bigint  not null default 0,  -- picked up and delivered: has a delivery time
    add column delivery_hours    numeric(18,2) not null default 0,  -- sum of their delivery times
    add column damaged_pieces    bigint  not null default 0,
    add column lost_pieces       bigint  not null default 0,
    add column wrong_dispatches  bigint  not null default 0,
    add column direct_deliveries bigint  not null default 0,
    add column accidents         bigint  not null default 0,
    add column storage_damaged   bigint  not null default 0,  -- damaged pieces of warehousing orders
    add column warehoused_pieces bigint  not null default 0,
    add column packaging_defects bigint  not null default 0,
    add column feedback_timely   bigint  not null default 0,
    add column feedback_rated    bigint  not null default 0;

-- Existing shipments: their months get their figures once.
update shipment.customer_month m set
    promised = f.promised, on_time = f.on_time, timed = f.timed, delivery_hours = f.delivery_hours,
    damaged_pieces = f.damaged_pieces, lost_pieces = f.lost_pieces, wrong_dispatches = f.wrong_dispatches,
    direct_deliveries = f.direct_deliveries, accidents = f.accidents, storage_damaged = f.storage_damaged,
    warehoused_pieces = f.warehoused_pieces, packaging_defects = f.packaging_defects,
    feedback_timely = f.feedback_timely, feedback_rated = f.feedback_rated
from (
    select customer_id, date_trunc('month', ordered_on)::date as month,
        count(*) filter (where delivered_at is not null and promised_at is not null) as promised,
        count(*) filter (where delivered_at <= promised_at) as on_time,
        count(*) filter (where delivered_at is not null and picked_up_at is not null) as timed,
        coalesce(sum(extract(epoch from delivered_at - picked_up_at) / 3600), 0) as delivery_hours,
        sum(damaged_pieces) as damaged_pieces, sum(lost_pieces) as lost_pieces,
        count(*) filter (where wrong_dispatch) as wrong_dispatches,
        count(*) filter (where direct_delivery) as direct_deliveries,
        count(*) filter (where traffic_accident) as accidents,
        coalesce(sum(storage_damaged_pieces) filter (where service_type = 'WAREHOUSING'), 0) as storage_damaged,
        coalesce(sum(pieces) filter (where service_type = 'WAREHOUSING'), 0) as warehoused_pieces,
        count(*) filter (where packaging_defect) as packaging_defects,
        count(*) filter (where feedback_timely) as feedback_timely,
        count(feedback_timely) as feedback_rated
    from shipment.shipment group by 1, 2
) f
where m.customer_id = f.customer_id and m.month = f.month;

-- Every load updates the months it touched: room on each page lets PostgreSQL write the new version
-- beside the old one without touching the primary key (a HOT update).
alter table shipment.customer_month set (fillfactor = 80);
