-- Defining, publishing and closing questionnaires (COL-4) belongs to the people who run surveys:
-- the customer service manager (satisfaction surveys), the customer information supervisor and the
-- sales admins (needs surveys). Recording answers takes customer:write, which they already have or not.
insert into access.role_permission (role_code, permission) values
    ('SERVICE_MANAGER', 'questionnaire:manage'),
    ('INFO_SUPERVISOR', 'questionnaire:manage'),
    ('SALES_ADMIN', 'questionnaire:manage')
on conflict do nothing;
