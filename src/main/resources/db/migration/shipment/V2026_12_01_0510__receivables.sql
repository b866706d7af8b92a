-- Receivables (应收账款, TXN-3): invoices issued to a customer and the payments received from it. Both
-- hang off the customer and carry customer_id first in their primary key. An invoice is known by its
-- number within its customer (a repeated batch finds it and leaves it as it is); a payment by the
-- source system's name and its id there. A payment may name one of its customer's invoices; the
-- reference stays inside the customer's rows. Amounts are positive yuan and fen, in CNY.
create table shipment.invoice (
    customer_id  bigint        not null,
    number       varchar(64)   not null,
    source       varchar(40)   not null,
    issued_on    date          not null,
    due_on       date          not null,
    amount       numeric(18,2) not null check (amount > 0),
    currency     char(3)       not null default 'CNY' check (currency = 'CNY'),
    loaded_at    timestamptz   not null default now(),
    check (due_on >= issued_on),
    primary key (customer_id, number)
);

create index invoice_latest on shipment.invoice (customer_id, issued_on desc);

create table shipment.payment (
    customer_id     bigint        not null,
    source          varchar(40)   not null,
    external_id     varchar(64)   not null,
    paid_on         date          not null,
    amount          numeric(18,2) not null check (amount > 0),
    invoice_number  varchar(64),
    loaded_at       timestamptz   not null default now(),
    primary key (customer_id, source, external_id),
    foreign key (customer_id, invoice_number) references shipment.invoice (customer_id, number)
);
