package com.logicrm.customer;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.People;
import com.logicrm.access.Person;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.InvalidField;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate into the customer that survives (ARC-12). The survivor takes the chosen value
 * per field (history rows with reason {@code merge}); the other becomes {@code MERGED}, points at the
 * survivor, stays readable and frees its credit code; everything kept by customer moves through the
 * {@link CustomerRecordsMove} beans. One transaction, optimistic on both versions, audited on both.
 */
@Service
public class CustomerMerge {

    static final String MERGE_REASON = "merge";

    private final CustomerRepository customers;
    private final CustomerVisibility visibility;
    private final CustomerFactsCheck check;
    private final ChangeHistory history;
    private final List<CustomerRecordsMove> moves;
    private final People people;
    private final ContactOwners contactOwners;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerMerge(CustomerRepository customers, CustomerVisibility visibility, CustomerFactsCheck check,
            ChangeHistory history, List<CustomerRecordsMove> moves, People people, ContactOwners contactOwners,
            AuditTrail audit, Clock clock) {
        this.customers = customers;
        this.visibility = visibility;
        this.check = check;
        this.history = history;
        this.moves = List.copyOf(moves);
        this.people = people;
        this.contactOwners = contactOwners;
        this.audit = audit;
        this.clock = clock;
    }

    /** The two customers side by side, with the facts on which they differ. */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional(readOnly = true)
    public MergePreview preview(long survivorId, long mergedId, SignedInUser user) {
        Customer survivor = current(survivorId, user);
        Customer merged = current(mergedId, user);
        requireTwo(survivorId, mergedId);
        CustomerView survivorView = visibility.view(survivor, user);
        CustomerView mergedView = visibility.view(merged, user);
        return new MergePreview(survivorView, mergedView,
                MergeFields.differences(survivorView.facts(), mergedView.facts()));
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public CustomerView merge(long survivorId, int survivorVersion, long mergedId, int mergedVersion,
            Map<String, MergeChoice> choices, String reason, SignedInUser user) {
        requireTwo(survivorId, mergedId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "customer.reasonRequired");
        }
        Customer survivor = current(survivorId, user);
        Customer merged = current(mergedId, user);
        if (survivor.version() != survivorVersion) {
            throw new StaleCustomer(survivor.archiveNo());
        }
        if (merged.version() != mergedVersion) {
            throw new StaleCustomer(merged.archiveNo());
        }
        CustomerFacts facts = check.normalised(MergeFields.combine(survivor.facts(), merged.facts(), choices));
        Person owner = people.find(facts.ownerId()).filter(Person::enabled)
                .orElseThrow(() -> new InvalidField("ownerId", "customer.ownerUnknown", facts.ownerId()));
        Instant now = clock.instant();
        String actor = user.getUsername();
        String why = reason.trim();

        // The merged record goes first, so that its credit code is free when the survivor takes it.
        LifecycleStage mergedStage = merged.stage();
        merged.mergeInto(survivorId, now);
        save(merged);
        Map<String, String> before = FieldValues.of(survivor.facts());
        survivor.apply(facts, owner.id(), owner.departmentId(), now);
        Map<String, String[]> changes = FieldValues.differences(before, FieldValues.of(survivor.facts()));
        save(survivor);

        List<String> moved = new ArrayList<>();
        for (CustomerRecordsMove move : moves) {
            moved.add(move.records() + " " + move.move(mergedId, survivorId));
        }
        // the survivor's owner may be the merged record's now; its contacts follow
        contactOwners.follow(survivorId);
        // Written after the move, so that each record keeps the account of its own part in the merge.
        history.record(survivorId, actor, now, changes, MERGE_REASON);
        history.record(survivorId, actor, now, Map.of("mergedFrom", new String[] {null, merged.archiveNo()}), why);
        history.record(mergedId, actor, now, Map.of("mergedInto", new String[] {null, survivor.archiveNo()},
                "stage", new String[] {mergedStage.name(), LifecycleStage.MERGED.name()}), why);
        audit.record("CUSTOMER_MERGED", "customer", mergedId,
                merged.archiveNo() + " -> " + survivor.archiveNo() + ": " + why);
        audit.record("CUSTOMER_MERGE_SURVIVED", "customer", survivorId, merged.archiveNo() + " merged in; fields "
                + String.join(", ", changes.keySet()) + "; moved " + String.join(", ", moved) + ": " + why);
        return visibility.view(survivor, user);
    }

    private Customer current(long id, SignedInUser user) {
        Customer customer = visibility.visible(id, user);
        customer.requireCurrent();
        return customer;
    }

    private void save(Customer customer) {
        try {
            customers.save(customer);
        } catch (RuntimeException failure) {
            throw CustomerManagement.concurrentSave(failure) ? new StaleCustomer(customer.archiveNo()) : failure;
        }
    }

    private static void requireTwo(long survivorId, long mergedId) {
        if (survivorId == mergedId) {
            throw new InvalidField("mergedId", "customer.merge.self");
        }
    }
}
