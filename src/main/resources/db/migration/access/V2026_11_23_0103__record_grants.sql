-- Time-limited access for one user to one confidential record (SEC-2, SEC-3): the access-request
-- workflow will create these after approval; until then an approver grants directly.
create table access.record_grant (
    id          bigint generated always as identity primary key,
    user_id     bigint       not null references access.app_user (id),
    target_type varchar(40)  not null,
    target_id   bigint       not null,
    valid_from  timestamptz  not null,
    valid_until timestamptz  not null,
    reason      varchar(500) not null,
    granted_by  varchar(50)  not null,
    revoked_at  timestamptz,
    check (valid_until > valid_from)
);
create index record_grant_user_ix on access.record_grant (user_id, target_type, valid_until);
create index record_grant_target_ix on access.record_grant (target_type, target_id);
