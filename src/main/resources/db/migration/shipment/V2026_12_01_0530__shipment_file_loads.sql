-- Bulk file loads of shipments (TXN-2): the uploaded CSV is kept in the database so that whichever
-- instance claims the background job can run it; its per-line errors are kept beside it. Good lines
-- wait in an unlogged table between the check (one transaction) and the merge (another, after the
-- months' partitions exist); nothing there needs to survive a crash, the load is then FAILED.
create table shipment.file_load (
    id              bigint       generated always as identity primary key,
    owner           varchar(64)  not null,
    source          varchar(40)  not null,
    file_name       varchar(255) not null,
    on_error        varchar(8)   not null check (on_error in ('SKIP', 'REFUSE')),
    locale          varchar(16)  not null,
    content         bytea        not null,
    state           varchar(8)   not null default 'QUEUED'
                    check (state in ('QUEUED', 'RUNNING', 'LOADED', 'REFUSED', 'FAILED')),
    job_id          bigint,
    lines           bigint,
    loaded          bigint,
    already_loaded  bigint,
    rejected        bigint,
    created_at      timestamptz  not null default now(),
    finished_at     timestamptz
);

create table shipment.file_load_error (
    load_id  bigint      not null references shipment.file_load (id) on delete cascade,
    line_no  bigint      not null,
    field    varchar(40) not null,
    code     varchar(40) not null,
    primary key (load_id, line_no, field, code)
);

create unlogged table shipment.file_load_row (
    load_id                 bigint        not null,
    line_no                 bigint        not null,
    source                  varchar(40)   not null,
    external_id             varchar(64)   not null,
    customer_id             bigint        not null,
    ordered_on              date          not null,
    service_type            varchar(16)   not null,
    pieces                  integer       not null,
    weight_kg               numeric(14,3) not null,
    volume_m3               numeric(14,3) not null,
    revenue                 numeric(18,2) not null,
    cost                    numeric(18,2) not null,
    picked_up_at            timestamptz,
    promised_at             timestamptz,
    delivered_at            timestamptz,
    primary key (load_id, line_no)
);

-- Casts that answer null instead of failing, so that one unreadable value is a line error found by
-- one set-based query rather than an exception for the whole file.
create function shipment.try_date(value text) returns date language plpgsql immutable as $$
begin
    return value::date;
exception when others then
    return null;
end $$;

create function shipment.try_numeric(value text) returns numeric language plpgsql immutable as $$
begin
    return value::numeric;
exception when others then
    return null;
end $$;

create function shipment.try_integer(value text) returns integer language plpgsql immutable as $$
begin
    return value::integer;
exception when others then
    return null;
end $$;

create function shipment.try_timestamptz(value text) returns timestamptz language plpgsql stable as $$
begin
    return value::timestamptz;
exception when others then
    return null;
end $$;
