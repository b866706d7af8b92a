-- Idempotency moves from the key register into the shipments' own primary key. The register cost a
-- second row, a second index entry and a join for every shipment loaded, about half of a bulk load's
-- time. A shipment is now known by its customer, order date and (source, external id): a repeated
-- item, or a repeated batch or file, changes nothing. An item sent again with another customer or
-- another order date is another shipment; the batch still refuses an external id twice within one
-- batch or file. The surrogate id, which nothing referred to, goes with the register.
alter table shipment.shipment drop constraint shipment_pkey;
alter table shipment.shipment drop column id;
alter table shipment.shipment add primary key (customer_id, ordered_on, source, external_id);
drop table shipment.shipment_key;
