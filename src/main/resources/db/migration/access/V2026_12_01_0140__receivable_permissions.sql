-- Receivables (TXN-3): finance loads invoices and payments and reads balances and ageing; so does the
-- customer information supervisor. Those who look after a customer (account managers, sales admins)
-- and the general manager read them: whether a customer pays is part of knowing it (CLS-8 safety).
insert into access.role_permission (role_code, permission) values
    ('FINANCE', 'receivable:read'),
    ('FINANCE', 'receivable:write'),
    ('INFO_SUPERVISOR', 'receivable:read'),
    ('INFO_SUPERVISOR', 'receivable:write'),
    ('ACCOUNT_MANAGER', 'receivable:read'),
    ('SALES_ADMIN', 'receivable:read'),
    ('GENERAL_MANAGER', 'receivable:read')
on conflict do nothing;
