-- COL-1: where a customer's information came from. The customer keeps the source of its first
-- information; every history row keeps the source of the change it records. Codes are those of the
-- collection module's dictionary of methods (checked there: no foreign key across modules).
alter table customer.customer add column source varchar(40);
alter table customer.change_record add column source varchar(40);
-- The list filters and the counts by source.
create index customer_source_ix on customer.customer (source, id)
    where source is not null and stage not in ('RETIRED', 'MERGED');
