-- Documents of a customer's archive (ARC-8): contracts, letters, faxes, call records, negotiation
-- notes, visit reports, licences. The file itself lives on disk under its SHA-256
-- (<documents dir>/<customer_id>/<sha256>); this row is its catalogue entry. Removal is soft:
-- an archive keeps what it once held.
create table customer.document (
    customer_id     bigint       not null references customer.customer (id),
    id              bigint       generated always as identity,
    type            varchar(20)  not null
                    check (type in ('AGENCY_CONTRACT', 'LETTER', 'FAX', 'CALL_RECORD', 'NEGOTIATION',
                                    'VISIT_REPORT', 'LICENCE', 'OTHER')),
    title           varchar(200) not null,
    document_date   date         not null,
    confidentiality varchar(12)  not null default 'ORDINARY'
                    check (confidentiality in ('ORDINARY', 'INTERNAL', 'CONFIDENTIAL', 'TOP_SECRET')),
    original_name   varchar(255) not null,
    content_type    varchar(120) not null,
    size_bytes      bigint       not null check (size_bytes >= 0),
    sha256          char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key     varchar(100) not null,
    uploaded_by     varchar(60)  not null,
    uploaded_at     timestamptz  not null,
    active          boolean      not null default true,
    removed_by      varchar(60),
    removed_at      timestamptz,
    notes           varchar(2000),
    primary key (customer_id, id)
);

-- The documents tab lists a customer's current documents, newest document date first.
create index document_current_ix on customer.document (customer_id, document_date desc, id desc) where active;
