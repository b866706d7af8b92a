-- ARC-7: the people we deal with at a customer. Part of the customer's archive, keyed under it.
-- A removed contact is kept (active = false) so the history still names who it was.
create table customer.contact (
    customer_id          bigint       not null references customer.customer (id),
    id                   bigint generated always as identity,
    name                 varchar(60)  not null,
    department_role      varchar(12)  check (department_role in ('USING', 'PURCHASING', 'SUPPORTING')),
    level                varchar(12)  check (level in ('OPERATOR', 'MANAGER', 'EXECUTIVE')),
    decision_maker       boolean      not null default false,
    title                varchar(60),
    mobile               varchar(11),
    phone                varchar(40),
    email                varchar(254),
    wechat               varchar(60),
    birthday             date,
    interests            varchar(500),
    notes                varchar(1000),
    -- individual customers only: the person is the customer
    occupation           varchar(60),
    income_level         varchar(60),
    hobbies              varchar(500),
    purchase_brands      varchar(200),
    purchase_frequency   varchar(100),
    purchase_time        varchar(100),
    purchase_price_point varchar(100),
    is_primary           boolean      not null default false,
    active               boolean      not null default true,
    -- same terms as customer.search_grams, so the search box finds a customer by its contacts' names
    search_grams         text[]       not null default '{}',
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              integer      not null default 0,
    primary key (customer_id, id)
);

create index contact_customer_ix on customer.contact (customer_id);
create index contact_mobile_ix on customer.contact (mobile) where mobile is not null and active;
create index contact_phone_ix on customer.contact (phone) where phone is not null and active;
create index contact_search_grams_ix on customer.contact using gin (search_grams) where active;
-- at most one primary contact per customer
create unique index contact_primary_ux on customer.contact (customer_id) where is_primary and active;
