package com.logicrm.customer;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.People;
import com.logicrm.access.Person;
import com.logicrm.access.RecordGrants;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.Confidentiality;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Who may see which customer, and how much of it. Outside the caller's data scope, or confidential
 * without the right, a customer does not exist (404, never 403, so that existence does not leak).
 * A confidential customer is visible with the {@code customer:confidential} permission or a current
 * grant for it; each view of it is audited; personal data is masked without {@code customer:pii}.
 */
@Component
class CustomerVisibility {

    static final String CONFIDENTIAL = "customer:confidential";
    static final String PII = "customer:pii";
    static final String GRANT_TYPE = "customer";

    private final CustomerRepository customers;
    private final CustomerCards cards;
    private final People people;
    private final AuditTrail audit;
    private final RecordGrants grants;

    CustomerVisibility(CustomerRepository customers, CustomerCards cards, People people, AuditTrail audit,
            RecordGrants grants) {
        this.customers = customers;
        this.cards = cards;
        this.people = people;
        this.audit = audit;
        this.grants = grants;
    }

    /** The customer, to change it, if the caller may see it. */
    Customer visible(long id, SignedInUser user) {
        Customer customer = customers.findById(id).orElseThrow(() -> new CustomerNotFound(id));
        requireVisible(id, customer.archiveNo(), customer.ownerId(), customer.departmentId(),
                customer.confidentiality(), user);
        return customer;
    }

    /** The customer's card, to show it, if the caller may see it. */
    CustomerCard visibleCard(long id, SignedInUser user) {
        CustomerCard card = cards.find(id).orElseThrow(() -> new CustomerNotFound(id));
        requireVisible(id, card.archiveNo(), card.ownerId(), card.departmentId(), card.facts().confidentiality(),
                user);
        return card;
    }

    private void requireVisible(long id, String archiveNo, Long ownerId, Long departmentId,
            Confidentiality confidentiality, SignedInUser user) {
        boolean confidential = confidentiality.needsGrant();
        boolean inScope = user.dataScope().covers(ownerId, departmentId);
        boolean cleared = !confidential || user.holds(CONFIDENTIAL);
        // A grant is an explicit decision about this person and this record: it opens both locks.
        if (!(inScope && cleared) && !grants.grantedIds(user.id(), GRANT_TYPE).contains(id)) {
            throw new CustomerNotFound(id);
        }
        if (confidential) {
            audit.record("CONFIDENTIAL_CUSTOMER_VIEWED", "customer", id, archiveNo);
        }
    }

    CustomerView view(Customer customer, SignedInUser user) {
        return view(customer.card(), user);
    }

    CustomerView view(CustomerCard card, SignedInUser user) {
        CustomerFacts facts = user.holds(PII) ? card.facts() : masked(card.facts());
        Person owner = people.find(card.ownerId()).orElse(null);
        Completeness completeness = Completeness.of(card.facts());
        return new CustomerView(card.id(), card.archiveNo(), card.stage(), facts,
                owner == null ? null : owner.displayName(), owner == null ? null : owner.departmentName(),
                completeness.score(), completeness.missing(), DataQuality.findings(card.facts()),
                card.mergedInto(), card.reviewedAt(), card.createdAt(), card.updatedAt(), card.version(),
                card.source());
    }

    /** The change history as the caller may see it: old and new personal data masked like the card itself. */
    List<ChangeRecord> history(Customer customer, List<ChangeRecord> records, SignedInUser user) {
        if (user.holds(PII)) {
            return records;
        }
        boolean individual = customer.facts().kind() == CustomerKind.INDIVIDUAL;
        return records.stream().map(record -> masked(record, individual)).toList();
    }

    private static ChangeRecord masked(ChangeRecord record, boolean individual) {
        UnaryOperator<String> mask = switch (record.field()) {
            case "mobile" -> Masking::mobile;
            case "residentId" -> Masking::residentId;
            case "phone" -> individual ? Masking::landline : null;
            case "email" -> individual ? Masking::email : null;
            default -> null;
        };
        return mask == null ? record : record.masked(mask);
    }

    /** Mobile numbers are always personal; an individual customer's phone, e-mail and ID number too. */
    static CustomerFacts masked(CustomerFacts f) {
        boolean individual = f.kind() == CustomerKind.INDIVIDUAL;
        return new CustomerFacts(f.kind(), f.category(), f.specialType(), f.relation(), f.name(), f.shortName(),
                f.creditCode(), Masking.residentId(f.residentId()), f.legalForm(), f.industry(),
                f.registeredCapital(), f.ownership(), f.businessScope(), f.registrationDate(), f.foundingDate(),
                f.tradingSince(), f.assets(), f.staffCount(), f.regionCode(), f.address(),
                individual ? Masking.landline(f.phone()) : f.phone(), Masking.mobile(f.mobile()),
                individual ? Masking.email(f.email()) : f.email(), f.website(), f.needsSegment(),
                f.confidentiality(), f.ownerId(), f.operator(), f.characteristics(), f.businessStatus(),
                f.behaviour(), f.tags());
    }
}
