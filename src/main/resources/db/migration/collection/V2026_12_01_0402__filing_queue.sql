-- COL-5: material an account manager submits for filing. The file is already stored and checked
-- under its customer (by digest, not yet catalogued); the sales admin files it into an archive
-- section, which makes it a document of the customer, or returns it with a reason.
create table collection.filing_submission (
    id              bigint        generated always as identity primary key,
    customer_id     bigint        not null,
    customer_name   varchar(200)  not null,
    archive_no      varchar(40)   not null,
    submitted_by    varchar(60)   not null,
    submitted_at    timestamptz   not null,
    type            varchar(20)   not null,
    title           varchar(200)  not null,
    document_date   date          not null,
    note            varchar(2000),
    original_name   varchar(255)  not null,
    content_type    varchar(120)  not null,
    size_bytes      bigint        not null,
    sha256          char(64)      not null,
    storage_key     varchar(100)  not null,
    status          varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'FILED', 'RETURNED')),
    decided_by      varchar(60),
    decided_at      timestamptz,
    decision_note   varchar(500),
    section         varchar(12),
    document_id     bigint
);

-- The 待归档 queue: pending material, oldest first; and each submitter's own, newest first.
create index filing_pending_ix on collection.filing_submission (submitted_at, id) where status = 'PENDING';
create index filing_submitter_ix on collection.filing_submission (submitted_by, id);
