-- Questionnaires (问卷调查, COL-4). A questionnaire's dimensions and questions are one document,
-- written and revised as a whole and read whenever answers are scored, so they are kept as jsonb on
-- the questionnaire; answers name questions and options by their codes.
create table collection.questionnaire (
    id           bigint generated always as identity primary key,
    title        text        not null,
    purpose      text        not null,
    description  text,
    status       text        not null default 'DRAFT',
    dimensions   jsonb       not null default '[]',
    questions    jsonb       not null default '[]',
    created_by   text        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    published_at timestamptz,
    closed_at    timestamptz,
    constraint questionnaire_status check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
    constraint questionnaire_purpose check (purpose in ('SATISFACTION', 'NEEDS', 'OTHER'))
);

-- A customer's answers: hangs off the customer, so customer_id leads the key.
create table collection.questionnaire_response (
    customer_id      bigint      not null,
    id               bigint generated always as identity,
    questionnaire_id bigint      not null references collection.questionnaire (id),
    customer_name    text        not null,
    channel          text        not null,
    answered_on      date        not null,
    respondent       text,
    answers          jsonb       not null,
    recorded_by      text        not null,
    recorded_by_name text,
    recorded_at      timestamptz not null,
    catalogue_no     text,
    primary key (customer_id, id),
    constraint questionnaire_response_channel check (channel in ('PHONE', 'MAIL', 'VISIT', 'LINK'))
);
create index questionnaire_response_by_questionnaire
    on collection.questionnaire_response (questionnaire_id, customer_id, answered_on desc, id desc);

-- One-time links: only the SHA-256 of the token is kept. The token is 256 random bits, so the lookup
-- index need not be unique (a unique index without customer_id would stand in the way of distribution).
create table collection.questionnaire_link (
    customer_id      bigint      not null,
    id               bigint generated always as identity,
    questionnaire_id bigint      not null references collection.questionnaire (id),
    customer_name    text        not null,
    token_hash       bytea       not null,
    sent_to          text,
    created_by       text        not null,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    used_at          timestamptz,
    response_id      bigint,
    primary key (customer_id, id)
);
create index questionnaire_link_by_token on collection.questionnaire_link (token_hash);
