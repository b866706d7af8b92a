-- A succeeded run keeps its summary (classes, deciles, Pareto curve, RFM cells, stars, quadrants,
-- value): worked out from the run's rows it took a dozen passes over them, seconds at a million
-- customers on every view of the classification page. Runs from before are summarised on view.
alter table classification.run add column summary jsonb;
