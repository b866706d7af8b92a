-- COL-2: the 企业基本情况调查表 as entered on screen. Its facts are written into the customer's archive
-- card (each changed field a history row citing how the survey was made); the survey is also an item of
-- the archive (section 1, visit and survey reports). The row keeps the form as filled for its print view.
create table collection.enterprise_survey (
    customer_id          bigint        not null,
    id                   bigint        generated always as identity,
    archive_no           varchar(40)   not null,
    surveyed_on          date          not null,
    method               varchar(20)   not null check (method in ('DOOR_TO_DOOR', 'PHONE_SURVEY', 'MAIL_SURVEY')),
    respondent           varchar(60),
    respondent_position  varchar(60),
    name                 varchar(200)  not null,
    credit_code          varchar(30),
    legal_representative varchar(60),
    legal_form           varchar(60),
    ownership            varchar(60),
    industry             varchar(60),
    founding_date        date,
    registration_date    date,
    registered_capital   numeric(18, 2),
    assets               numeric(18, 2),
    staff_count          integer,
    scale                varchar(200),
    service_area         varchar(500),
    address              varchar(300),
    phone                varchar(40),
    website              varchar(200),
    business_scope       varchar(2000),
    situation            varchar(1000),
    remarks              varchar(2000),
    -- the version of the archive card the survey was read against
    customer_version     integer       not null,
    -- the survey's fields whose value the archive card took from it, comma-separated
    changed_fields       varchar(500)  not null default '',
    recorded_by          varchar(60)   not null,
    recorded_by_name     varchar(60)   not null,
    recorded_at          timestamptz   not null,
    catalogue_no         varchar(20)   not null,
    primary key (customer_id, id)
);
create unique index enterprise_survey_id_ux on collection.enterprise_survey (id);
create index enterprise_survey_customer_ix on collection.enterprise_survey (customer_id, surveyed_on desc, id desc);
