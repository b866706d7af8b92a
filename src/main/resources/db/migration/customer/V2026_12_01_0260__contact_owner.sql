-- The search by contact name applies the caller's data scope inside the contact branch. Each contact
-- carries a copy of its customer's owner and department, written in the same transaction as every
-- change of the customer's owner (registration of the contact, edit, merge, handover), so "the
-- owner's contacts with this name" is a BitmapAnd of two indexes instead of probing the contacts of
-- every customer the owner has. The customer row stays the authority: the search still applies the
-- scope to the customer, the copy only narrows the contacts looked at.
alter table customer.contact add column owner_id bigint, add column department_id bigint;

update customer.contact k set owner_id = c.owner_id, department_id = c.department_id
from customer.customer c
where c.id = k.customer_id;

alter table customer.contact alter column owner_id set not null, alter column department_id set not null;

-- only the search uses it, and it looks at active contacts only (as the GIN index on the grams); the
-- department needs no index of its own: a department scope reaches a sixth of the archive, and the
-- copy there only spares probing customers whose contacts are out of scope
create index contact_owner_ix on customer.contact (owner_id) where active;
