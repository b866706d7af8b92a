-- COL-2: the 客户跟踪记录表 as entered on screen. Each record is also an item of the customer's
-- archive (section 1, visit and call records); the row keeps the form's own fields for its print view.
create table collection.tracking_record (
    id                bigint        generated always as identity primary key,
    customer_id       bigint        not null,
    customer_name     varchar(200)  not null,
    archive_no        varchar(40)   not null,
    tracked_on        date          not null,
    method            varchar(10)   not null check (method in ('VISIT', 'PHONE', 'EMAIL', 'MESSAGE', 'MEETING', 'OTHER')),
    contact_name      varchar(60),
    content           varchar(2000) not null,
    feedback          varchar(2000),
    next_step         varchar(500),
    next_date         date,
    stage_before      varchar(12)   not null,
    stage_after       varchar(12)   not null,
    recorded_by       varchar(60)   not null,
    recorded_by_name  varchar(60)   not null,
    recorded_at       timestamptz   not null,
    catalogue_no      varchar(20)   not null
);
create index tracking_record_customer_ix on collection.tracking_record (customer_id, tracked_on desc, id desc);
