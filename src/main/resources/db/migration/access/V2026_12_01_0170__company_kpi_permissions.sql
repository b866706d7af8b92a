-- Company-level indicators (KPI-3): market share, coverage and service figures of the whole company,
-- read by the general manager, the customer information supervisor, finance and the customer service
-- manager; market sizes are entered by the supervisor and the general manager.
insert into access.role_permission (role_code, permission) values
    ('GENERAL_MANAGER', 'kpi:company'),
    ('GENERAL_MANAGER', 'market:manage'),
    ('INFO_SUPERVISOR', 'kpi:company'),
    ('INFO_SUPERVISOR', 'market:manage'),
    ('FINANCE', 'kpi:company'),
    ('SERVICE_MANAGER', 'kpi:company')
on conflict do nothing;
