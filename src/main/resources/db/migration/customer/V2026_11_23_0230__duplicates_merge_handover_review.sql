-- ARC-12: the name with its place prefix and organisational ending removed ("上海恒通物流有限公司" →
-- "恒通物流"), kept by the aggregate like the search grams. Equal cores are duplicate candidates;
-- the report groups on it, so it is indexed among current customers.
alter table customer.customer add column name_core varchar(200);
create index customer_name_core_ix on customer.customer (name_core)
    where name_core is not null and stage not in ('RETIRED', 'MERGED');

-- ARC-10: the review-due list reads current customers by their last review, oldest first.
-- Rows filed before this migration get their core on the next start (NameCoreBackfill).
create index customer_name_core_missing_ix on customer.customer (id) where name_core is null;

create index customer_reviewed_ix on customer.customer (reviewed_at, id) where stage not in ('RETIRED', 'MERGED');

-- ARC-13: one row per handover; the customers' own history holds a row per customer moved.
create table customer.handover (
    id            bigint generated always as identity primary key,
    from_user_id  bigint       not null,
    to_user_id    bigint       not null,
    reason        varchar(500) not null,
    handed_by     varchar(50)  not null,
    handed_at     timestamptz  not null,
    customer_count integer     not null
);
create index handover_at_ix on customer.handover (handed_at desc);
