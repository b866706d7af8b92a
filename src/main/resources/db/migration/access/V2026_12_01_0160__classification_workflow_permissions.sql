-- Year-end screening (CLS-8) and the inactivity worklist (CLS-9). Those who look after customers screen
-- them and record decisions (filed into the customer's archive, so they also need customer:write) and
-- follow up silent customers: account managers (their own), sales admins and the supervisor.
insert into access.role_permission (role_code, permission) values
    ('ACCOUNT_MANAGER', 'classification:screen'),
    ('SALES_ADMIN', 'classification:screen'),
    ('INFO_SUPERVISOR', 'classification:screen'),
    ('ACCOUNT_MANAGER', 'classification:followup'),
    ('SALES_ADMIN', 'classification:followup'),
    ('INFO_SUPERVISOR', 'classification:followup')
on conflict do nothing;
