-- ARC-15: free tags (冷链, 跨境, 重点培育 …) beside the needs segment. An array on the card rather than a
-- tag table: a customer has a handful, they are read with the card, and "c.tags @> array[...]" on a GIN
-- index filters a million customers inside the same statement as every other filter.
alter table customer.customer add column tags text[] not null default '{}';
create index customer_tags_ix on customer.customer using gin (tags);

-- ARC-14: keyset pages for the sorts other than by id. Only current customers are listed unless a
-- stage is chosen, so the indexes leave retired and merged records out.
create index customer_name_sort_ix on customer.customer (name, id) where stage not in ('RETIRED', 'MERGED');
create index customer_completeness_sort_ix on customer.customer (completeness, id)
    where stage not in ('RETIRED', 'MERGED');

-- ARC-14: a person's saved list filters. The query string is stored as LogiCRM re-wrote it from known
-- parameters, never as sent.
create table customer.saved_filter (
    id           bigint generated always as identity primary key,
    user_id      bigint        not null,
    name         varchar(40)   not null,
    query_string varchar(2000) not null,
    created_at   timestamptz   not null default now(),
    unique (user_id, name)
);
