-- A run writes its million result rows in one statement; two things it paid for per row go.
--
-- The run's figures by service are now summed from the period's shipments once per run, straight into
-- service_result. The per-customer copies they used to be summed from were written for every customer
-- of every run and read by nothing else.
alter table classification.customer_result
    drop column services,
    drop column service_orders,
    drop column service_revenue,
    drop column service_cost;

-- The reference to the run was checked by a trigger for every inserted row: 9 s of a run at a million
-- customers. The rows are written by the run itself, in the transaction that reads its run row, and
-- runs are never deleted (their history is the point), so no result can outlive its run.
alter table classification.customer_result drop constraint customer_result_run_id_fkey;
