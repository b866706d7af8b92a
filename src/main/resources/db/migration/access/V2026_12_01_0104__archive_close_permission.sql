-- Closing a year of the archive into annual volumes (ARC-9) freezes what was filed: a task of the
-- people who keep the archive, the sales admins and the customer information supervisor.
insert into access.role_permission (role_code, permission) values
    ('SALES_ADMIN', 'customer:archive'),
    ('INFO_SUPERVISOR', 'customer:archive')
on conflict do nothing;
