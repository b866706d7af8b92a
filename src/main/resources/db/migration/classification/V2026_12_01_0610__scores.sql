-- Star grades (CLS-3), loyalty (CLS-4), best vs loyal (CLS-5), customer value (CLS-7) and purchase
-- deciles (CLS-2) beside each run's ABC grades, kept per run like them.

-- The loyalty model the run used: fitted from the year before the period or set by hand, its
-- coefficients and how well it fitted its sample (LoyaltyModel as JSON).
alter table classification.run
    add column loyalty_model jsonb,
    add column total_returns numeric(20,2),
    add column total_cost    numeric(20,2);

alter table classification.customer_result
    -- returns, compensations and discounts of the period; revenue stays what was shipped
    add column returns           numeric(18,2) not null default 0,
    add column net_revenue       numeric(18,2),
    -- the year before the period (null: no orders then)
    add column previous_orders   bigint,
    add column previous_revenue  numeric(18,2),
    -- the period by service type, in the same order in each array
    add column services          text[],
    add column service_orders    bigint[],
    add column service_revenue   numeric(18,2)[],
    add column service_cost      numeric(18,2)[],
    add column purchase_decile   smallint,
    add column average_order     numeric(18,2),
    -- percent rank of the average order among the run's customers, 0 to 1
    add column potential         numeric(5,4),
    add column loyalty           numeric(5,4),
    add column loyal             boolean,
    add column star              smallint check (star between 1 and 5),
    add column quadrant          varchar(16),
    add column develop           boolean,
    add column margin_rate       numeric(12,4),
    add column contribution      numeric(12,4),
    add column cross_ratio       numeric(14,4);

-- A run's figures by service type (CLS-7: gross margin by service), from its customers' rows.
create table classification.service_result (
    run_id        bigint        not null references classification.run (id) on delete cascade,
    service_type  varchar(16)   not null,
    customers     integer       not null,
    orders        bigint        not null,
    revenue       numeric(20,2) not null,
    cost          numeric(20,2) not null,
    primary key (run_id, service_type)
);
