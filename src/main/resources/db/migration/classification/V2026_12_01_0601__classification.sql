-- Classification runs (CLS-1, CLS-2, CLS-6): each run grades every customer with business in its period
-- and keeps its results, so the history stays and two runs can be compared.
create schema if not exists classification;

create table classification.run (
    id              bigint generated always as identity primary key,
    job_id          bigint,
    state           varchar(12)   not null default 'QUEUED'
                    check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    period_from     date          not null,
    period_to       date          not null check (period_to >= period_from),
    basis           varchar(8)    not null check (basis in ('REVENUE', 'MARGIN')),
    -- the ABC thresholds and RFM settings this run used (AbcRules, RfmRules as JSON)
    rules           jsonb         not null,
    reference_date  date          not null,
    started_by      varchar(100)  not null,
    created_at      timestamptz   not null default now(),
    finished_at     timestamptz,
    customers       integer,
    total_revenue   numeric(20,2),
    total_margin    numeric(20,2),
    failure         varchar(2000)
);

-- Never two runs writing: at most one run is waiting or running, whichever instance started it.
create unique index run_one_active on classification.run ((true)) where state in ('QUEUED', 'RUNNING');
create index run_newest on classification.run (id desc);

-- One row per customer and run: the figures copied from business data when the run began, and what
-- the run made of them. customer_id leads the key (a table hanging off customers carries it first).
create table classification.customer_result (
    customer_id     bigint        not null,
    run_id          bigint        not null references classification.run (id) on delete cascade,
    orders          bigint        not null,
    service_types   integer       not null,
    pieces          bigint        not null,
    weight_kg       numeric(18,3) not null,
    revenue         numeric(18,2) not null,
    cost            numeric(18,2) not null,
    margin          numeric(18,2) not null,
    first_order_on  date          not null,
    last_order_on   date          not null,
    -- revenue or margin, as the run's basis says
    basis_value     numeric(18,2) not null,
    rank            integer,
    computed_grade  char(1)       check (computed_grade in ('A', 'B', 'C', 'D')),
    grade           char(1)       check (grade in ('A', 'B', 'C', 'D')),
    overridden      boolean       not null default false,
    decile          smallint,
    recency_days    integer,
    r_score         smallint,
    f_score         smallint,
    m_score         smallint,
    segment         varchar(24),
    primary key (customer_id, run_id)
);

create index customer_result_run on classification.customer_result (run_id, rank);

-- Manual grades (CLS-1): kept across runs until revoked; a revoked one stays as history.
create table classification.grade_override (
    customer_id  bigint        not null,
    id           bigint generated always as identity,
    grade        char(1)       not null check (grade in ('A', 'B', 'C', 'D')),
    reason       varchar(500)  not null,
    set_by       varchar(100)  not null,
    set_at       timestamptz   not null default now(),
    revoked_by   varchar(100),
    revoked_at   timestamptz,
    primary key (customer_id, id)
);

create unique index grade_override_current on classification.grade_override (customer_id) where revoked_at is null;
