create schema if not exists customer;

-- The archive card of one customer (客户资料卡). Descriptive groups (表二 operator profile, 特征资料,
-- 表三 business status, 行为资料) are plain columns with a prefix: they are read with the card and
-- rarely filtered on; what lists filter or search on is indexed below.
create table customer.customer (
    id                 bigint generated always as identity primary key,
    archive_no         varchar(40)  not null,
    kind               varchar(12)  not null check (kind in ('ENTERPRISE', 'INDIVIDUAL')),
    category           varchar(12)  not null default 'GENERAL' check (category in ('GENERAL', 'SPECIAL')),
    special_type       varchar(40),
    relation           varchar(10)  not null default 'EXTERNAL' check (relation in ('EXTERNAL', 'INTERNAL')),
    stage              varchar(12)  not null default 'POTENTIAL'
                       check (stage in ('POTENTIAL', 'TARGET', 'ACTIVE', 'DORMANT', 'LOST', 'RETIRED', 'MERGED')),
    name               varchar(200) not null,
    short_name         varchar(100),
    credit_code        char(18),
    resident_id        varchar(18),
    legal_form         varchar(60),
    industry           varchar(60),
    registered_capital numeric(18, 2),
    ownership          varchar(60),
    business_scope     varchar(2000),
    registration_date  date,
    founding_date      date,
    trading_since      date,
    assets             numeric(18, 2),
    staff_count        integer,
    region_code        char(6),
    address            varchar(300),
    phone              varchar(40),
    mobile             varchar(11),
    email              varchar(254),
    website            varchar(200),
    owner_id           bigint       not null,
    department_id      bigint       not null,
    confidentiality    varchar(12)  not null default 'ORDINARY'
                       check (confidentiality in ('ORDINARY', 'INTERNAL', 'CONFIDENTIAL', 'TOP_SECRET')),
    needs_segment      varchar(20)  check (needs_segment in ('PRICE_SENSITIVE', 'SERVICE_ORIENTED', 'MANAGEMENT_NEEDS')),
    rep_name           varchar(60),
    rep_age            integer,
    rep_education      varchar(60),
    rep_experience     varchar(1000),
    rep_abilities      varchar(1000),
    rep_personality    varchar(500),
    rep_working_style  varchar(500),
    rep_achievements   varchar(1000),
    rep_interests      varchar(500),
    rep_family         varchar(500),
    rep_impression     varchar(500),
    rep_reputation     varchar(500),
    char_service_area  varchar(500),
    char_potential     varchar(500),
    char_philosophy    varchar(1000),
    char_scale         varchar(200),
    char_traits        varchar(1000),
    char_culture       varchar(500),
    char_policy        varchar(500),
    biz_situation      varchar(1000),
    biz_problems       varchar(1000),
    biz_prospects      varchar(1000),
    biz_customer_relations varchar(500),
    biz_bank_relations varchar(500),
    biz_payment        varchar(500),
    biz_performance    varchar(1000),
    biz_competitors    varchar(1000),
    beh_response       varchar(500),
    beh_frequency      varchar(200),
    beh_value          varchar(200),
    beh_channel        varchar(200),
    search_grams       text[]       not null default '{}',
    completeness       smallint     not null default 0,
    merged_into        bigint,
    reviewed_at        timestamptz,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            integer      not null default 0
);

create unique index customer_archive_no_ux on customer.customer (archive_no);
-- A credit code is unique among current customers; retired and merged records keep theirs.
create unique index customer_credit_code_ux on customer.customer (credit_code)
    where credit_code is not null and stage not in ('RETIRED', 'MERGED');
create index customer_credit_code_prefix_ix on customer.customer (credit_code bpchar_pattern_ops);
create index customer_search_grams_ix on customer.customer using gin (search_grams);
create index customer_mobile_ix on customer.customer (mobile) where mobile is not null;
create index customer_phone_ix on customer.customer (phone) where phone is not null;
create index customer_owner_ix on customer.customer (owner_id, id);
create index customer_department_ix on customer.customer (department_id, id);
create index customer_region_ix on customer.customer (region_code, id);
create index customer_stage_ix on customer.customer (stage, id);

-- Archive numbers KH-{yyyy}-{seq}: one counter per year, taken with an upsert so that concurrent
-- registrations on several instances never share a number.
create table customer.archive_sequence (
    year  integer primary key,
    value bigint  not null
);

-- ARC-10: every field change, in the same transaction as the change.
create table customer.change_record (
    customer_id bigint       not null,
    id          bigint generated always as identity,
    changed_at  timestamptz  not null,
    actor       varchar(50)  not null,
    field       varchar(60)  not null,
    old_value   varchar(2000),
    new_value   varchar(2000),
    reason      varchar(500),
    primary key (customer_id, id)
);
