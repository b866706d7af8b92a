-- Year-end screening (CLS-8): one screening per year and scope, the five measures per customer with the
-- recommendation the rules made, and the decision a person recorded.
create table classification.screening (
    id              bigint generated always as identity primary key,
    job_id          bigint,
    screening_year  integer       not null check (screening_year between 2000 and 2999),
    state           varchar(12)   not null default 'QUEUED'
                    check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    rules           jsonb         not null,
    started_by      varchar(100)  not null,
    created_at      timestamptz   not null default now(),
    finished_at     timestamptz,
    customers       integer,
    failure         varchar(2000)
);

create index screening_newest on classification.screening (id desc);

create table classification.screening_result (
    screening_id     bigint        not null references classification.screening (id) on delete cascade,
    customer_id      bigint        not null,
    revenue          numeric(18,2) not null,
    previous_revenue numeric(18,2) not null,
    margin           numeric(18,2) not null,
    margin_rate      numeric(9,2),
    growth           numeric(12,2),
    orders           bigint        not null,
    active_months    smallint      not null,
    invoiced         numeric(18,2) not null,
    open_amount      numeric(18,2) not null,
    overdue          numeric(18,2) not null,
    over90           numeric(18,2) not null,
    overdue_share    numeric(9,2),
    invoices_due     integer       not null,
    paid_on_time     integer       not null,
    punctuality      numeric(9,2),
    stage            varchar(12)   not null,
    recommendation   varchar(5)    not null check (recommendation in ('KEEP', 'WATCH', 'DROP')),
    findings         text[]        not null,
    decision         varchar(5)    check (decision in ('KEEP', 'WATCH', 'DROP')),
    decision_reason  varchar(500),
    decided_by       varchar(100),
    decided_at       timestamptz,
    -- the catalogue number of the decision in next year's archive; null while that year has not begun
    catalogue_no     varchar(20),
    primary key (screening_id, customer_id)
);

-- the list pages by customer id within one recommendation, or undecided ones first
create index screening_result_recommendation on classification.screening_result (screening_id, recommendation, customer_id);
create index screening_result_decision on classification.screening_result (screening_id, decision, customer_id);
-- decisions waiting for next year's archive to open
create index screening_result_to_file on classification.screening_result (decided_at)
    where decision is not null and catalogue_no is null;

-- Inactivity (CLS-9): customers without orders for longer than their grade allows, found by the daily
-- refresh, until someone records the reason found. One item per customer and last order date, so a
-- resolved item does not come back unless the customer orders and falls silent again.
create table classification.inactivity_item (
    customer_id     bigint        not null,
    last_order_on   date          not null,
    grade           varchar(8)    not null,
    threshold_days  integer       not null,
    found_on        date          not null,
    refreshed_at    timestamptz   not null,
    resolved        boolean       not null default false,
    reason          varchar(20),
    note            varchar(500),
    resolved_by     varchar(100),
    resolved_at     timestamptz,
    primary key (customer_id, last_order_on)
);

-- the worklist: open items, longest silent first
create index inactivity_open on classification.inactivity_item (last_order_on, customer_id) where not resolved;
