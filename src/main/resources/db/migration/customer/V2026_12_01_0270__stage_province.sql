-- A list by stage and province (the sales admins' first page) in id order. The region filter is a
-- code prefix, a range on region_code that loses the id order, so with a narrow scope PostgreSQL
-- either walked the whole id index (a rare stage in a small province: ~190 ms in a million customers)
-- or gathered the scope's 175,000 rows in a bitmap. CustomerSearch adds the province as an equality on
-- this very expression; with a stage the index then yields the page in id order.
create index customer_stage_province_ix on customer.customer (stage, substr(region_code, 1, 2), id);
