-- Each run's result rows in a partition of their own (customer_result_r<run id>).
--
-- A run used to add its million rows to the one table that held every run before it. The cost was in
-- the two indexes: both were kept up to date row by row, in no useful order, and that was 8 s of the
-- 11 s insert at a million customers. Now a run fills a new table of its own with no index on it,
-- builds the indexes in one sorted pass each (about 1 s together), and attaches the table as the
-- run's partition. Its CHECK on run_id spares the scan that would otherwise prove the table's rows
-- belong there. Reading one run (pages, the summary, the comparison with the run before) now reads
-- only that run's partition. Reading one customer's grades over all runs looks the customer up in
-- each run's primary key.
--
-- The application's database user creates these tables, so it needs CREATE on schema classification.
-- That is a given when the same user runs these migrations.
alter table classification.customer_result rename to customer_result_before;
alter index classification.customer_result_pkey rename to customer_result_before_pkey;
alter index classification.customer_result_run rename to customer_result_before_run;

create table classification.customer_result (like classification.customer_result_before including all)
    partition by list (run_id);

do $$
declare
    found record;
begin
    -- every succeeded run has its partition, with rows or without (a period without shipments)
    for found in select id as run_id from classification.run where state = 'SUCCEEDED'
            union select distinct run_id from classification.customer_result_before order by run_id loop
        execute format('create table classification.customer_result_r%s partition of classification.customer_result '
            || 'for values in (%s)', found.run_id, found.run_id);
    end loop;
end
$$;

insert into classification.customer_result select * from classification.customer_result_before;

drop table classification.customer_result_before;
alter index classification.customer_result_run_id_rank_idx rename to customer_result_run;
