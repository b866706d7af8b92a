-- ShedLock: a scheduled task takes its named lock here before it runs, so with several instances on one
-- database exactly one of them runs it.
create table jobs.shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
