-- Background jobs (imports, loads, classification runs) live in PostgreSQL, so that any of several
-- instances can pick up queued work, progress survives a restart, and a client polling for progress
-- can be answered by whichever instance it reaches.
create schema if not exists jobs;

create table jobs.job (
    id           bigint generated always as identity primary key,
    kind         varchar(60)  not null,
    owner        varchar(100) not null,
    status       varchar(12)  not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    payload      text,
    done         bigint       not null default 0,
    total        bigint,
    failure      varchar(2000),
    worker       varchar(100),
    created_at   timestamptz  not null default now(),
    started_at   timestamptz,
    heartbeat_at timestamptz,
    finished_at  timestamptz
);

-- The queue is read oldest first; only waiting and running jobs are ever looked for by status.
create index job_waiting on jobs.job (id) where status = 'QUEUED';
create index job_running on jobs.job (heartbeat_at) where status = 'RUNNING';
create index job_owner on jobs.job (owner, id desc);
