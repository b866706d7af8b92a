-- Shipments / orders (运单, TXN-1), range-partitioned by month on the order date. The partitions are
-- created by the application (ShipmentPartitions) for the months a load touches and for the months
-- ahead; there is no default partition, so a date outside the accepted window is refused per item
-- instead of landing somewhere a later partition could not be created over.
create schema if not exists shipment;

create table shipment.shipment (
    customer_id             bigint        not null,
    ordered_on              date          not null,
    id                      bigint        not null,
    source                  varchar(40)   not null,
    external_id             varchar(64)   not null,
    service_type            varchar(16)   not null
                            check (service_type in ('TRANSPORT', 'WAREHOUSING', 'DISTRIBUTION', 'PROCESSING', 'EXPRESS')),
    origin_region           char(6),
    destination_region      char(6),
    pieces                  integer       not null default 0 check (pieces >= 0),
    weight_kg               numeric(14,3) not null default 0 check (weight_kg >= 0),
    volume_m3               numeric(14,3) not null default 0 check (volume_m3 >= 0),
    revenue                 numeric(18,2) not null default 0 check (revenue >= 0),
    cost                    numeric(18,2) not null default 0 check (cost >= 0),
    picked_up_at            timestamptz,
    promised_at             timestamptz,
    delivered_at            timestamptz,
    damaged_pieces          integer       not null default 0 check (damaged_pieces >= 0),
    lost_pieces             integer       not null default 0 check (lost_pieces >= 0),
    wrong_dispatch          boolean       not null default false,
    traffic_accident        boolean       not null default false,
    storage_damaged_pieces  integer       not null default 0 check (storage_damaged_pieces >= 0),
    packaging_defect        boolean       not null default false,
    direct_delivery         boolean       not null default false,
    feedback_timely         boolean,
    loaded_at               timestamptz   not null default now(),
    check (delivered_at is null or picked_up_at is null or delivered_at >= picked_up_at),
    primary key (customer_id, ordered_on, id)
) partition by range (ordered_on);

-- Idempotency register: one row per (source, external id), whatever the month. A unique index on the
-- partitioned table would have to contain the order date, so a repeated id with another date would
-- slip through; this small table is the one place the key is unique. Its identity is the shipment id.
create table shipment.shipment_key (
    source       varchar(40) not null,
    external_id  varchar(64) not null,
    id           bigint      generated always as identity,
    customer_id  bigint      not null,
    ordered_on   date        not null,
    primary key (source, external_id)
);

-- Monthly summary per customer (TXN-5), kept incrementally by each load for the (customer, month)
-- pairs it touched; the customer page's transaction summary (ARC-5) is read from here.
create table shipment.customer_month (
    customer_id     bigint        not null,
    month           date          not null check (extract(day from month) = 1),
    orders          bigint        not null,
    pieces          bigint        not null,
    weight_kg       numeric(18,3) not null,
    revenue         numeric(18,2) not null,
    cost            numeric(18,2) not null,
    first_order_on  date          not null,
    last_order_on   date          not null,
    refreshed_at    timestamptz   not null,
    primary key (customer_id, month)
);
