-- A run's figures by service are now summed from the period's shipments once per run, straight into
-- service_result. The per-customer copies they used to be summed from were written for every customer
-- of every run and read by nothing else.
alter table classification.customer_result
    drop column services,
    drop column service_orders,
    drop column service_revenue,
    drop column service_cost;
