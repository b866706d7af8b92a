package com.logicrm.customer;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.contact.EmailAddress;
import com.logicrm.shared.contact.Landline;
import com.logicrm.shared.contact.MobilePhone;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts of a customer (ARC-7). They are part of the customer's archive: every call first asks
 * {@link CustomerVisibility} for the customer, so data scope and confidentiality apply to its contacts
 * (404 outside them), and every change is written to the customer's change history as
 * {@code contact:<id>} (added or removed, the value is the name) or {@code contact:<id>.<field>}.
 * Ids rather than names, because names change and repeat. Removing only deactivates.
 */
@Service
public class CustomerContacts {

    static final String HISTORY_PREFIX = "contact:";
    private final ContactStore contacts;
    private final CustomerVisibility visibility;
    private final ChangeHistory history;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerContacts(ContactStore contacts, CustomerVisibility visibility, ChangeHistory history, AuditTrail audit,
            Clock clock) {
        this.contacts = contacts;
        this.visibility = visibility;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public List<ContactView> list(long customerId, SignedInUser user) {
        visibility.visible(customerId, user);
        return contacts.activeOf(customerId).stream().map(contact -> shown(contact, user)).toList();
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public ContactView get(long customerId, long contactId, SignedInUser user) {
        visibility.visible(customerId, user);
        return shown(active(customerId, contactId), user);
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public ContactView add(long customerId, ContactDetails given, SignedInUser user) {
        Customer customer = changeable(customerId, user);
        ContactDetails details = normalised(given);
        Instant now = clock.instant();
        // before the insert: the unique index allows one primary contact at any moment
        if (details.isPrimary()) {
            takePrimaryFromOthers(customerId, 0, user, now);
        }
        long id = contacts.insert(customerId, details, now);
        history.record(customerId, user.getUsername(), now,
                Map.of(HISTORY_PREFIX + id, new String[] {null, details.name()}), null);
        audit.record("CONTACT_ADDED", "customer", customerId, customer.archiveNo() + " " + HISTORY_PREFIX + id);
        return shown(active(customerId, id), user);
    }

    /** Replaces the facts of a contact; {@code expectedVersion} is the one the caller read. */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public ContactView change(long customerId, long contactId, int expectedVersion, ContactDetails given,
            SignedInUser user) {
        Customer customer = changeable(customerId, user);
        ContactView before = active(customerId, contactId);
        ContactDetails details = normalised(unmasked(given, before.details()));
        Map<String, String[]> changes = differences(contactId, before.details().values(), details.values());
        if (changes.isEmpty()) {
            return shown(before, user);
        }
        if (before.version() != expectedVersion) {
            throw new StaleContact(before.details().name());
        }
        Instant now = clock.instant();
        if (details.isPrimary() && !before.details().isPrimary()) {
            takePrimaryFromOthers(customerId, contactId, user, now);
        }
        if (!contacts.update(customerId, contactId, expectedVersion, details, now)) {
            throw new StaleContact(before.details().name());
        }
        history.record(customerId, user.getUsername(), now, changes, null);
        audit.record("CONTACT_CHANGED", "customer", customerId,
                customer.archiveNo() + " " + String.join(", ", changes.keySet()));
        return shown(active(customerId, contactId), user);
    }

    /** The contact leaves the list but stays in the table, so the history keeps naming it. */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public void remove(long customerId, long contactId, SignedInUser user) {
        Customer customer = changeable(customerId, user);
        ContactView contact = active(customerId, contactId);
        Instant now = clock.instant();
        contacts.deactivate(customerId, contactId, now);
        history.record(customerId, user.getUsername(), now,
                Map.of(HISTORY_PREFIX + contactId, new String[] {contact.details().name(), null}), null);
        audit.record("CONTACT_REMOVED", "customer", customerId, customer.archiveNo() + " " + HISTORY_PREFIX + contactId);
    }

    /** A contact's phones and e-mail in the customer's history are masked like the contact itself. */
    static ChangeRecord shown(ChangeRecord record, SignedInUser user) {
        String field = record.field();
        if (user.holds(CustomerVisibility.PII) || !field.startsWith(HISTORY_PREFIX)) {
            return record;
        }
        UnaryOperator<String> mask = field.endsWith(".mobile") ? Masking::mobile
                : field.endsWith(".phone") ? Masking::landline : field.endsWith(".email") ? Masking::email : null;
        return mask == null ? record : record.masked(mask);
    }

    private Customer changeable(long customerId, SignedInUser user) {
        Customer customer = visibility.visible(customerId, user);
        if (!customer.stage().current()) {
            throw new CustomerNotCurrent(customer.archiveNo());
        }
        return customer;
    }

    private ContactView active(long customerId, long contactId) {
        return contacts.find(customerId, contactId).filter(ContactView::active)
                .orElseThrow(() -> new ContactNotFound(contactId));
    }

    private void takePrimaryFromOthers(long customerId, long primaryId, SignedInUser user, Instant now) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        contacts.clearPrimary(customerId, primaryId, now)
                .forEach(id -> changes.put(HISTORY_PREFIX + id + ".primary", new String[] {"true", "false"}));
        history.record(customerId, user.getUsername(), now, changes, null);
    }

    private static ContactView shown(ContactView contact, SignedInUser user) {
        return user.holds(CustomerVisibility.PII) ? contact : contact.masked();
    }

    /**
     * Someone without {@code customer:pii} edits a form filled with masked values; sent back unchanged,
     * a masked value means "keep what is stored", never "store the stars".
     */
    static ContactDetails unmasked(ContactDetails given, ContactDetails stored) {
        return given.withPhones(keep(given.mobile(), stored.mobile(), Masking.mobile(stored.mobile())),
                keep(given.phone(), stored.phone(), Masking.landline(stored.phone())),
                keep(given.email(), stored.email(), Masking.email(stored.email())));
    }

    private static String keep(String given, String stored, String masked) {
        return stored != null && given != null && given.trim().equals(masked) ? stored : given;
    }

    /** Phones and e-mail in their one canonical form, named by the field that is wrong. */
    static ContactDetails normalised(ContactDetails d) {
        String mobile = blank(d.mobile()) ? null : MobilePhone.parse("mobile", d.mobile()).value();
        String phone = blank(d.phone()) ? null
                : MobilePhone.isValid(d.phone()) ? MobilePhone.parse("phone", d.phone()).value()
                : Landline.parse("phone", d.phone()).value();
        String email = blank(d.email()) ? null : EmailAddress.parse("email", d.email()).value();
        return new ContactDetails(d.name().trim(), d.departmentRole(), d.level(), d.isDecisionMaker(),
                trim(d.title()), mobile, phone, email, trim(d.wechat()), d.birthday(), trim(d.interests()),
                trim(d.notes()), trim(d.occupation()), trim(d.incomeLevel()), trim(d.hobbies()),
                trim(d.purchaseBrands()), trim(d.purchaseFrequency()), trim(d.purchaseTime()),
                trim(d.purchasePricePoint()), d.isPrimary());
    }

    private static Map<String, String[]> differences(long contactId, Map<String, String> before,
            Map<String, String> after) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.put(HISTORY_PREFIX + contactId + "." + field, new String[] {before.get(field), value});
            }
        });
        return changes;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
