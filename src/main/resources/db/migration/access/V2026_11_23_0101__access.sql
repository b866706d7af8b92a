create schema if not exists access;

create table access.department (
    id         bigint generated always as identity primary key,
    parent_id  bigint references access.department (id),
    code       varchar(40)  not null unique,
    name       varchar(100) not null,
    version    int          not null default 0,
    created_at timestamptz  not null default now()
);
create index department_parent_ix on access.department (parent_id);

create table access.role (
    code        varchar(40)  primary key,
    name_zh     varchar(60)  not null,
    name_en     varchar(60)  not null,
    data_scope  varchar(30)  not null check (data_scope in ('OWN', 'DEPARTMENT', 'DEPARTMENT_AND_CHILDREN', 'ALL')),
    built_in    boolean      not null default false,
    version     int          not null default 0
);

create table access.role_permission (
    role_code  varchar(40) not null references access.role (code) on delete cascade,
    permission varchar(80) not null,
    primary key (role_code, permission)
);

create table access.app_user (
    id              bigint generated always as identity primary key,
    username        varchar(50)  not null,
    display_name    varchar(100) not null,
    department_id   bigint       not null references access.department (id),
    password_hash   varchar(200) not null,
    enabled         boolean      not null default true,
    locked          boolean      not null default false,
    failed_attempts int          not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    version         int          not null default 0
);
create unique index app_user_username_ux on access.app_user (lower(username));
create index app_user_department_ix on access.app_user (department_id);

create table access.user_role (
    user_id   bigint      not null references access.app_user (id) on delete cascade,
    role_code varchar(40) not null references access.role (code),
    primary key (user_id, role_code)
);
create index user_role_role_ix on access.user_role (role_code);

create table access.api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references access.app_user (id),
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_token_user_ix on access.api_token (user_id);

-- Append-only and hash-chained: each row carries the hash of the row before it and of its own content.
create table access.audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(50)  not null,
    action         varchar(60)  not null,
    target_type    varchar(60),
    target_id      varchar(100),
    summary        varchar(1000),
    client_address varchar(64),
    previous_hash  char(64)     not null,
    hash           char(64)     not null
);
create index audit_event_actor_ix on access.audit_event (actor, occurred_at);
create index audit_event_action_ix on access.audit_event (action, occurred_at);
create index audit_event_target_ix on access.audit_event (target_type, target_id);
create index audit_event_time_ix on access.audit_event (occurred_at);
