-- Market size per province and period (KPI-3), entered by hand: the value of the region's logistics
-- market in CNY and/or how many potential customers it holds. A period is a year ('2026') or a month
-- ('2026-11'); a year's figure is compared with the year's business and a month's with the month's,
-- nothing is derived from one for the other. Not a customer's data, so no customer_id.
create table shipment.market_size (
    id                   bigint        generated always as identity primary key,
    region_code          char(6)       not null check (region_code ~ '^[0-9]{2}0000$'),
    period               varchar(7)    not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
    market_value         numeric(18,2) check (market_value > 0),
    potential_customers  bigint        check (potential_customers > 0),
    updated_by           varchar(64)   not null,
    updated_at           timestamptz   not null default now(),
    check (market_value is not null or potential_customers is not null),
    unique (period, region_code)
);
