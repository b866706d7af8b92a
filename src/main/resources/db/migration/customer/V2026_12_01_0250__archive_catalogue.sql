-- ARC-9: the archive's sections (档案分类), catalogue numbers (目录编号) and annual volumes (年度卷).
-- Every item of a customer's archive is an entry in one of four sections, numbered
-- <section>-<year>-<sequence> within the customer, so that "KH-2026-000306 / 4-2026-003" locates it.
-- Closing a year writes the volume with a digest of its entries; entries of a closed year never change.

create table customer.archive_entry (
    customer_id     bigint        not null references customer.customer (id),
    id              bigint        generated always as identity,
    section         varchar(12)   not null check (section in ('BASIC', 'CREDIT', 'TRANSACTIONS', 'RETURNS')),
    entry_year      smallint      not null,
    sequence        integer       not null check (sequence > 0),
    catalogue_no    varchar(20)   not null,
    entry_date      date          not null check (extract(year from entry_date) = entry_year),
    title           varchar(200)  not null,
    notes           varchar(2000),
    document_id     bigint,
    -- 退赔折价 (returns, compensation, discounts): only in the RETURNS section, and always complete there
    return_kind     varchar(12)   check (return_kind in ('RETURN', 'COMPENSATION', 'DISCOUNT')),
    amount          numeric(14, 2) check (amount > 0),
    responsibility  varchar(12)   check (responsibility in ('OURS', 'CUSTOMER', 'THIRD_PARTY', 'UNDETERMINED')),
    finding         varchar(2000),
    -- where an entry was catalogued before its customer was merged into this one
    moved_from      varchar(60),
    created_by      varchar(60)   not null,
    created_at      timestamptz   not null,
    active          boolean       not null default true,
    removed_by      varchar(60),
    removed_at      timestamptz,
    primary key (customer_id, id),
    unique (customer_id, catalogue_no),
    -- deferred: a merge re-keys documents and their entries in two statements of one transaction
    foreign key (customer_id, document_id) references customer.document (customer_id, id)
        deferrable initially deferred,
    check ((section = 'RETURNS') = (return_kind is not null and amount is not null and responsibility is not null))
);

-- The 档案目录 tab lists a customer's entries by section and year.
create index archive_entry_section_ix on customer.archive_entry (customer_id, section, entry_year, sequence);
-- A document is catalogued once, by the entry filing it made (manual entries reference no document).
create unique index archive_entry_document_ux on customer.archive_entry (customer_id, document_id)
    where document_id is not null;
-- Closing a year for a whole department finds the customers with entries in it.
create index archive_entry_year_ix on customer.archive_entry (entry_year, customer_id);

create table customer.archive_counter (
    customer_id bigint   not null references customer.customer (id),
    section     varchar(12) not null,
    entry_year  smallint not null,
    value       integer  not null,
    primary key (customer_id, section, entry_year)
);

create table customer.archive_volume (
    customer_id bigint      not null references customer.customer (id),
    volume_year smallint    not null,
    volume_no   varchar(40) not null,
    entry_count integer     not null,
    digest      char(64)    not null,
    closed_by   varchar(60) not null,
    closed_at   timestamptz not null,
    primary key (customer_id, volume_year)
);
create index archive_volume_year_ix on customer.archive_volume (volume_year);

-- Documents filed before the catalogue existed get their entries: contracts are transaction
-- records, everything else belongs with the basic data and visit reports.
with numbered as (
    select d.customer_id, d.id, d.title, d.document_date, d.uploaded_by, d.uploaded_at, d.active,
           case when d.type = 'AGENCY_CONTRACT' then 'TRANSACTIONS' else 'BASIC' end as section,
           extract(year from d.document_date)::smallint as entry_year
    from customer.document d
), sequenced as (
    select n.*, row_number() over (partition by customer_id, section, entry_year
                                   order by document_date, id) as sequence
    from numbered n
)
insert into customer.archive_entry (customer_id, section, entry_year, sequence, catalogue_no, entry_date, title,
                                    document_id, created_by, created_at, active)
select customer_id, section, entry_year, sequence,
       case section when 'BASIC' then '1' when 'CREDIT' then '2' when 'TRANSACTIONS' then '3' else '4' end
           || '-' || entry_year || '-' || case when sequence < 1000 then lpad(sequence::text, 3, '0') else sequence::text end,
       document_date, title, id, uploaded_by, uploaded_at, active
from sequenced;

insert into customer.archive_counter (customer_id, section, entry_year, value)
select customer_id, section, entry_year, max(sequence)
from customer.archive_entry
group by customer_id, section, entry_year;
