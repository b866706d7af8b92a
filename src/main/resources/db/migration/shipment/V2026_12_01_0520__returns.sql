-- Returns, compensations and discounts (退赔折价, TXN-4) per customer: each with its date, kind,
-- amount, reason and responsibility finding, optionally the external id of the shipment it concerns,
-- and the catalogue number of the entry it made in section 4 of the customer's archive (set in the
-- transaction that stores the row, once the archive has numbered the entry). Known by the
-- source system's name and its id there within the customer: a repeated batch changes nothing.
create table shipment.customer_return (
    customer_id           bigint        not null,
    source                varchar(40)   not null,
    external_id           varchar(64)   not null,
    occurred_on           date          not null,
    kind                  varchar(16)   not null check (kind in ('RETURN', 'COMPENSATION', 'DISCOUNT')),
    amount                numeric(18,2) not null check (amount > 0),
    reason                varchar(2000) not null,
    responsibility        varchar(16)   not null
                          check (responsibility in ('OURS', 'CUSTOMER', 'THIRD_PARTY', 'UNDETERMINED')),
    finding               varchar(2000),
    shipment_external_id  varchar(64),
    catalogue_no          varchar(40),
    loaded_at             timestamptz   not null default now(),
    primary key (customer_id, source, external_id)
);

-- They reduce net revenue in the monthly summary. A month may now have returns and no orders, so the
-- month's first and last order dates may be empty. Net revenue is derived in the row itself, so it can
-- never disagree with the revenue and returns that the loads add to incrementally.
alter table shipment.customer_month
    add column returns numeric(18,2) not null default 0 check (returns >= 0),
    add column net_revenue numeric(18,2) generated always as (revenue - returns) stored,
    alter column first_order_on drop not null,
    alter column last_order_on drop not null;
