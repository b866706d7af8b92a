-- COL-3 import: an uploaded file waits here with its column mapping and settings while it is checked
-- (dry run) and imported by a background job; the file is kept in the database so that whichever
-- instance runs the job can read it.
create table collection.customer_import (
    id                bigint generated always as identity primary key,
    owner             varchar(100)  not null,
    file_name         varchar(255)  not null,
    content           bytea,
    size_bytes        bigint        not null,
    format            varchar(8)    not null check (format in ('XLSX', 'CSV')),
    detected_encoding varchar(20),
    encoding          varchar(20),
    headers           text[]        not null,
    -- the first data rows, each row's cells joined by U+001F, for the mapping page
    samples           text[]        not null,
    mapping           text[]        not null,
    mode              varchar(8)    not null default 'INSERT' check (mode in ('INSERT', 'UPDATE', 'BOTH')),
    on_error          varchar(8)    not null default 'SKIP' check (on_error in ('SKIP', 'REFUSE')),
    state             varchar(12)   not null default 'UPLOADED'
        check (state in ('UPLOADED', 'CHECKING', 'CHECKED', 'IMPORTING', 'IMPORTED', 'REFUSED', 'FAILED')),
    job_id            bigint,
    locale            varchar(20)   not null default 'zh-CN',
    rows_total        integer,
    rows_bad          integer,
    duplicates        integer,
    to_insert         integer,
    to_update         integer,
    inserted          integer,
    updated           integer,
    unchanged         integer,
    created_at        timestamptz   not null default now(),
    finished_at       timestamptz
);
create index customer_import_owner_ix on collection.customer_import (owner, id desc);

-- The per-row report: every problem of the last check or import of a file.
create table collection.import_problem (
    import_id   bigint        not null references collection.customer_import (id) on delete cascade,
    seq         integer       not null,
    row_no      integer       not null,
    column_name varchar(200),
    value       varchar(500),
    reason      varchar(1000) not null,
    duplicate   boolean       not null default false,
    primary key (import_id, seq)
);

-- Named column mappings: which header means which field, kept for the next file from the same system.
create table collection.import_template (
    id         bigint generated always as identity primary key,
    name       varchar(60)  not null,
    headers    text[]       not null,
    fields     text[]       not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null default now()
);
create unique index import_template_name_ux on collection.import_template (lower(name));
