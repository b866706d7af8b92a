-- COL-1: the dictionary of the methods by which customer information is collected, as practised by
-- logistics companies' customer departments. Administrators add, rename and retire methods; a
-- retired one stays readable on the records that name it.
create schema if not exists collection;

create table collection.source_method (
    code      varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    channel   varchar(12)  not null check (channel in ('GENERAL', 'SURVEY', 'ONLINE', 'PROMOTION', 'NETWORK', 'SYSTEM')),
    name_zh   varchar(40)  not null,
    name_en   varchar(60)  not null,
    active    boolean      not null default true,
    position  integer      not null
);

insert into collection.source_method (code, channel, name_zh, name_en, position) values
    ('STATISTICS',        'GENERAL',   '统计资料',     'Statistics',                  10),
    ('MEETING',           'GENERAL',   '会议',         'Meetings',                    20),
    ('OBSERVATION',       'GENERAL',   '观察',         'Observation',                 30),
    ('READING',           'GENERAL',   '阅读资料',     'Reading',                     40),
    ('MEDIA',             'GENERAL',   '媒体',         'Media',                       50),
    ('CONTACT_NETWORK',   'GENERAL',   '人际关系网络', 'Network of contacts',         60),
    ('PURCHASE',          'GENERAL',   '购买资料',     'Purchase',                    70),
    ('HIRED_AGENCY',      'GENERAL',   '委托调查机构', 'Hired agency',                80),
    ('PROCESSING',        'GENERAL',   '加工整理',     'Processing',                  90),
    ('PHONE_SURVEY',      'SURVEY',    '电话调查',     'Phone survey',               110),
    ('MAIL_SURVEY',       'SURVEY',    '邮寄调查',     'Mail survey',                120),
    ('MYSTERY_CUSTOMER',  'SURVEY',    '神秘顾客',     'Mystery customer',           130),
    ('FOCUS_GROUP',       'SURVEY',    '焦点小组',     'Focus group',                140),
    ('LOST_CUSTOMER',     'SURVEY',    '流失客户调查', 'Lost-customer survey',       150),
    ('WEB',               'ONLINE',    '网络收集',     'Web collection',             210),
    ('DATABASE',          'ONLINE',    '数据库收集',   'Database collection',        220),
    ('PROMOTION',         'PROMOTION', '促销活动',     'Promotions',                 310),
    ('LOTTERY',           'PROMOTION', '抽奖券',       'Lottery tickets',            320),
    ('MEMBERSHIP_CARD',   'PROMOTION', '会员卡',       'Membership cards',           330),
    ('DOOR_TO_DOOR',      'PROMOTION', '上门走访',     'Door-to-door visits',        340),
    ('EXHIBITION',        'NETWORK',   '展会',         'Exhibitions',                410),
    ('EXISTING_CUSTOMER', 'NETWORK',   '老客户介绍',   'Existing customers',         420),
    ('COMPETITOR',        'NETWORK',   '竞争对手',     'Competitors',                430),
    ('CONFERENCE',        'NETWORK',   '行业会议',     'Conferences',                440),
    ('PROFESSIONAL_BODY', 'NETWORK',   '专业机构',     'Professional agencies',      450),
    ('ENTRY_FORM',        'SYSTEM',    '录入表单',     'Entry form',                 510),
    ('IMPORT',            'SYSTEM',    '批量导入',     'Bulk import',                520),
    ('API',               'SYSTEM',    '系统接口',     'System interface (API)',     530);
