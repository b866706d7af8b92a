-- Business data (TXN): the built-in roles already read shipments where their work needs it
-- (V2026_11_23_0102). Finance may load them already; so may now the sales admins who keep archives current and
-- the customer information supervisor, who owns data quality; the supervisor also reads them.
insert into access.role_permission (role_code, permission) values
    ('INFO_SUPERVISOR', 'shipment:read'),
    ('INFO_SUPERVISOR', 'shipment:write'),
    ('SALES_ADMIN', 'shipment:write')
on conflict do nothing;
