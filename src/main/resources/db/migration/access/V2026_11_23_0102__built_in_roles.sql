-- The roles of the customer-information organisation. Administrators may change their permissions
-- and data scope, or add roles of their own; built-in roles cannot be deleted.
insert into access.role (code, name_zh, name_en, data_scope, built_in) values
    ('ACCOUNT_MANAGER',  '客户经理',     'Account manager',                 'OWN',                     true),
    ('SALES_ADMIN',      '销售内勤',     'Sales admin',                     'DEPARTMENT_AND_CHILDREN', true),
    ('CUSTOMER_SERVICE', '客服专员',     'Customer service',                'DEPARTMENT',              true),
    ('SERVICE_MANAGER',  '客服部经理',   'Customer service manager',        'DEPARTMENT_AND_CHILDREN', true),
    ('INFO_SUPERVISOR',  '客户信息主管', 'Customer information supervisor', 'ALL',                     true),
    ('FINANCE',          '财务部',       'Finance',                         'ALL',                     true),
    ('GENERAL_MANAGER',  '总经理',       'General manager',                 'ALL',                     true),
    ('SYSTEM_ADMIN',     '系统管理员',   'System administrator',            'ALL',                     true);

insert into access.role_permission (role_code, permission)
select 'ACCOUNT_MANAGER', p from unnest(array[
    'customer:read', 'customer:write', 'customer:export', 'customer:pii', 'shipment:read', 'classification:read',
    'credit:read', 'followup:read', 'followup:write', 'complaint:read', 'report:read']) p
union all
select 'SALES_ADMIN', p from unnest(array[
    'customer:read', 'customer:write', 'customer:export', 'customer:pii', 'customer:handover', 'collection:import',
    'collection:filing', 'shipment:read', 'classification:read', 'classification:run', 'followup:read',
    'report:read']) p
union all
select 'CUSTOMER_SERVICE', p from unnest(array[
    'customer:read', 'shipment:read', 'complaint:read', 'complaint:write', 'followup:read', 'report:read']) p
union all
select 'SERVICE_MANAGER', p from unnest(array[
    'customer:read', 'customer:export', 'shipment:read', 'complaint:read', 'complaint:write', 'followup:read',
    'report:read']) p
union all
select 'INFO_SUPERVISOR', p from unnest(array[
    'customer:read', 'customer:write', 'customer:export', 'customer:export:bulk', 'customer:confidential',
    'customer:handover', 'collection:import', 'collection:filing', 'classification:read', 'classification:run',
    'governance:approve', 'customer:pii', 'report:read', 'audit:read']) p
union all
select 'FINANCE', p from unnest(array[
    'customer:read', 'customer:export', 'shipment:read', 'shipment:write', 'credit:read', 'credit:evaluate',
    'report:read']) p
union all
select 'GENERAL_MANAGER', p from unnest(array[
    'customer:read', 'customer:confidential', 'shipment:read', 'classification:read', 'credit:read',
    'credit:approve', 'governance:approve', 'customer:pii', 'followup:read', 'complaint:read',
    'report:read', 'report:distribute', 'audit:read']) p
union all
select 'SYSTEM_ADMIN', p from unnest(array[
    'user:manage', 'department:manage', 'role:manage', 'audit:read', 'system:monitor', 'system:config']) p;
