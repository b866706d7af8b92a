-- The inactivity worklist (CLS-9) asks for every customer's latest order in the recent months only:
-- by month, with what it needs in the index, so those months are read index-only and the older ones
-- not at all.
create index customer_month_by_month on shipment.customer_month (month) include (customer_id, last_order_on);
